/** Prints one line totalling the Vitest and Playwright reports of the last `npm test`: "N passed, N failed". */
import { existsSync, readFileSync } from 'node:fs';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

const read = <T>(path: string): T | undefined =>
  existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
const unit = read<VitestReport>('reports/vitest.json');
const e2e = read<PlaywrightReport>('reports/playwright.json');
if (!unit || !e2e) {
  console.error(`test-summary: missing ${!unit ? 'reports/vitest.json' : 'reports/playwright.json'}`);
  process.exit(1);
}
const passed = unit.numPassedTests + e2e.stats.expected + e2e.stats.flaky;
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + e2e.stats.skipped;
console.log(`vitest ${unit.numPassedTests} passed, playwright ${e2e.stats.expected + e2e.stats.flaky} passed`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
