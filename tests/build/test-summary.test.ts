import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from '../support/temp-dir.ts';

const script = resolve(import.meta.dirname, '../../scripts/test-summary.ts');

/** Runs scripts/test-summary.ts over the reports as `npm test` leaves them (the preview's: 1 passed; the Studio's: 2). */
function summarise(vitest: object, playwright: object, studio: object | null = studioRun(), preview = studioRun(0, 1)) {
  const dir = tempDir('test-summary-');
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'reports/vitest.json'), JSON.stringify(vitest));
  writeFileSync(join(dir, 'reports/playwright.json'), JSON.stringify(playwright));
  writeFileSync(join(dir, 'reports/playwright-preview.json'), JSON.stringify(preview));
  if (studio) writeFileSync(join(dir, 'reports/playwright-studio.json'), JSON.stringify(studio));
  const run = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, output: run.stdout + run.stderr };
}
const file = (name: string, status: string, tests: string[], message = '') => ({
  name,
  status,
  message,
  assertionResults: tests.map((s) => ({ status: s })),
});
const vitest = (...testResults: ReturnType<typeof file>[]) => ({
  numPassedTests: testResults.flatMap((f) => f.assertionResults).filter((a) => a.status === 'passed').length,
  numFailedTests: testResults.flatMap((f) => f.assertionResults).filter((a) => a.status === 'failed').length,
  numPendingTests: testResults.flatMap((f) => f.assertionResults).filter((a) => a.status === 'skipped').length,
  testResults,
});
const playwright = (unexpected = 0, errors: string[] = []) => ({
  stats: { expected: 3, unexpected, flaky: 0, skipped: 0 },
  errors: errors.map((message) => ({ message })),
});
function studioRun(unexpected = 0, expected = 2) {
  return { stats: { expected, unexpected, flaky: 0, skipped: 0 } };
}

test('all passing: zero failed, exit 0', () => {
  const { status, output } = summarise(vitest(file('a.test.ts', 'passed', ['passed', 'passed'])), playwright());
  expect(output).toContain('8 passed, 0 failed');
  expect(status).toBe(0);
});

test('a file that fails to load and a hook that throws count as failures, named', () => {
  const { status, output } = summarise(
    vitest(
      file('a.test.ts', 'passed', ['passed']),
      file('broken.test.ts', 'failed', [], 'Error: boom at collection\n    at …'),
      file('hook.test.ts', 'failed', ['skipped'], 'Error: hook'),
    ),
    playwright(),
  );
  expect(output).toContain('broken.test.ts failed outside its tests: Error: boom at collection');
  expect(output).toContain('hook.test.ts failed outside its tests: Error: hook');
  expect(output).toContain('7 passed, 2 failed, 1 skipped');
  expect(status).toBe(1);
});

test("a failed test is counted once, and Playwright's global errors count", () => {
  const { status, output } = summarise(
    vitest(file('a.test.ts', 'failed', ['passed', 'failed'], 'AssertionError')),
    playwright(1, ['Error: Process from config.webServer was not able to start.']),
  );
  expect(output).toContain('playwright: Error: Process from config.webServer was not able to start.');
  expect(output).toContain('7 passed, 3 failed');
  expect(status).toBe(1);
});

test("the Studio's and the preview's browser tests count, and a missing report is an error", () => {
  const failing = summarise(vitest(file('a.test.ts', 'passed', ['passed'])), playwright(), studioRun(1));
  expect(failing.output).toContain('7 passed, 1 failed');
  expect(failing.status).toBe(1);
  const preview = summarise(
    vitest(file('a.test.ts', 'passed', ['passed'])),
    playwright(),
    studioRun(),
    studioRun(1, 0),
  );
  expect(preview.output).toContain('6 passed, 1 failed');
  expect(preview.status).toBe(1);
  const missing = summarise(vitest(file('a.test.ts', 'passed', ['passed'])), playwright(), null);
  expect(missing.output).toContain('missing reports/playwright-studio.json');
  expect(missing.status).toBe(1);
});
