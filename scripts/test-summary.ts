/**
 * Prints one line totalling the Vitest and Playwright reports of the last `npm test` (the site's browser tests, the
 * draft preview's and the Studio's): "N passed, N failed".
 * Failures outside any test count too: a test file that fails to load, or a hook that throws (Vitest marks the
 * file failed and its tests skipped or absent), and Playwright's global errors (a spec that fails to load, a test
 * server that does not start). Each is named.
 */
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: { message?: string }[];
}

const read = <T>(path: string): T | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
const REPORTS = [
  'reports/vitest.json',
  'reports/playwright.json',
  'reports/playwright-preview.json',
  'reports/playwright-studio.json',
];
const missing = REPORTS.filter((path) => !existsSync(path));
if (missing.length > 0) {
  console.error(`test-summary: missing ${missing.join(', ')}`);
  process.exit(1);
}
const unit = read<VitestReport>(REPORTS[0]!)!;
const browser = REPORTS.slice(1).map((path) => read<PlaywrightReport>(path)!);
// The Playwright runs as one.
const e2e: PlaywrightReport = {
  stats: {
    expected: browser.reduce((n, r) => n + r.stats.expected, 0),
    unexpected: browser.reduce((n, r) => n + r.stats.unexpected, 0),
    flaky: browser.reduce((n, r) => n + r.stats.flaky, 0),
    skipped: browser.reduce((n, r) => n + r.stats.skipped, 0),
  },
  errors: browser.flatMap((r) => r.errors ?? []),
};
const firstLine = (message = '') => message.trim().split('\n')[0] ?? '';
// Files that failed with no failed test in them: the error happened while loading the file or in a hook.
const brokenFiles = unit.testResults.filter(
  (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
);
const globalErrors = e2e.errors ?? [];
for (const file of brokenFiles)
  console.log(`vitest: ${file.name} failed outside its tests: ${firstLine(file.message)}`);
for (const error of globalErrors) console.log(`playwright: ${firstLine(error.message)}`);

const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + brokenFiles.length + e2e.stats.unexpected + globalErrors.length;
const skipped = unit.numPendingTests + e2e.stats.skipped;
console.log(`vitest ${unit.numPassedTests} passed, playwright ${e2e.stats.expected + e2e.stats.flaky} passed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
