import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium.ts';

// `npm run bench:search` drives its own browser over the built site and waits for each search to end. It once
// waited forever for a program offered nowhere (no results, and a note instead of "0 results"): this runs it over
// the build under test, as a person measuring would, with one query of each kind.
test('bench:search measures a query with results and one with none (detox: offered nowhere in the demo)', () => {
  test.setTimeout(180_000);
  const run = spawnSync(
    process.execPath,
    [
      'scripts/bench-search.ts',
      '--dist',
      'dist',
      '--queries',
      'iop,detox',
      '--chromium',
      chromiumLaunchOptions.executablePath,
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const rows = new Map(
    run.stdout
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter((cells) => cells.length === 7)
      .map((cells) => [cells[0], cells]),
  );
  for (const query of ['iop', 'detox']) {
    const [, status, coldMs, coldSearchKb] = rows.get(query) ?? [];
    expect(status, `${query}: the page's status line`).toBeTruthy();
    expect(Number(coldMs), `${query}: cold milliseconds`).toBeGreaterThan(0);
    expect(Number(coldSearchKb), `${query}: search kB fetched`).toBeGreaterThan(0);
  }
  expect(rows.get('iop')![1]).toMatch(/^\d+ places? offers? /);
  expect(run.stdout).toMatch(/Largest first-query search transfer: [\d.]+ kB \(goal ≤ 300 kB\)\./);
});
