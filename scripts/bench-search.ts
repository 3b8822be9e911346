/**
 * Measures search in a real browser: for each query, bytes transferred and milliseconds until the first
 * result is on screen, cold (empty cache) and warm (a second search on the same page).
 *
 *   npm run bench:search [-- --dist <built site>] [--queries "iop,detox"]
 *
 * Without --dist it builds the site from the current dataset (DIRECTORY_DATASET, or the bundled one) first.
 */
import { chromium, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from './lib/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    queries: {
      type: 'string',
      default:
        'iop,intensive outpatient,detox,spanish,medicaid,therapy,IOP near 97214,IOP Portland OR,detox near 10001,therapy near 90012',
    },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
});

let dist = values.dist ? resolve(values.dist) : '';
const built = !dist;
if (built) {
  dist = join(mkdtempSync(join(tmpdir(), 'bench-search-')), 'dist');
  console.error(`Building the site into ${dist} …`);
  const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', dist], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`${dist} has no Pagefind index (pagefind/pagefind.js): build the site first.`);
  process.exit(1);
}

const queries = values.queries
  .split(',')
  .map((q) => q.trim())
  .filter(Boolean);
const server = await serveStatic(dist);
const browser = await chromium.launch({
  executablePath: values.chromium,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});

/** Counts the encoded bytes of every response from now on, split into search data and everything else. */
function meter(page: Page) {
  const totals = { search: 0, all: 0 };
  // Requests in flight plus finished ones whose sizes are still being read (an async call per request).
  let busy = 0;
  let changed = performance.now();
  const change = (by: number) => {
    busy += by;
    changed = performance.now();
  };
  page.on('request', () => change(1));
  page.on('requestfailed', () => change(-1));
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) {
      const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      totals.all += bytes;
      if (/\/(pagefind|zip)\//.test(new URL(request.url()).pathname)) totals.search += bytes;
    }
    change(-1);
  });
  return {
    reset: () => Object.assign(totals, { search: 0, all: 0 }),
    /**
     * The totals once every request has finished and been counted and none has started for half a second.
     * Playwright's 'networkidle' cannot tell: after a query typed into a loaded page it returns at once.
     */
    async settled() {
      const deadline = performance.now() + 30_000;
      while (busy > 0 || performance.now() - changed < 500) {
        if (performance.now() > deadline) throw new Error(`${busy} requests still running after 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { ...totals };
    },
  };
}

/**
 * The first search's end: the page marks its status with the search it describes, whatever the answer (results,
 * none, or a program offered nowhere, which has a note instead of "0 results").
 */
const firstSearchDone = (page: Page) =>
  page.locator('[data-search-status][data-search-run]').waitFor({ state: 'attached', timeout: 60_000 });

const rows: string[][] = [];
try {
  for (const query of queries) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bytes = meter(page);
    let started = performance.now();
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
    await firstSearchDone(page);
    const coldMs = performance.now() - started;
    const cold = await bytes.settled();
    const count = (await page.locator('[data-search-status]').textContent()) ?? '';

    // Warm: the same page, a different query typed in, so Pagefind's runtime and shared chunks are cached.
    const warmQuery = queries[(queries.indexOf(query) + 1) % queries.length]!;
    bytes.reset();
    const runBefore = await page.locator('[data-search-status]').getAttribute('data-search-run');
    started = performance.now();
    await page.locator('#search-q').fill(warmQuery);
    await page.locator('#search-q').press('Enter');
    // The page reads the words into filters, so the status need not quote them: wait for the next search to finish.
    await page.waitForFunction(
      (before) => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.searchRun !== before,
      runBefore,
    );
    const warmMs = performance.now() - started;
    const warm = await bytes.settled();
    rows.push([
      query,
      count.replace(/ for “.*/, ''),
      Math.round(coldMs).toString(),
      (cold.search / 1024).toFixed(1),
      (cold.all / 1024).toFixed(1),
      `${warmQuery}: ${Math.round(warmMs)}`,
      (warm.search / 1024).toFixed(1),
    ]);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
  // A build made for this run (over a gigabyte at national scale) goes with it.
  if (built) rmSync(dirname(dist), { recursive: true, force: true });
}

const header = ['query', 'results', 'cold ms', 'cold search kB', 'cold page kB', 'warm (next query) ms', 'warm kB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(`Search benchmark over ${dist}${built ? ' (built for this run, now removed)' : ''}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const row of rows) console.log(line(row));
const worst = Math.max(...rows.map((r) => Number(r[3])));
console.log(`Largest first-query search transfer: ${worst.toFixed(1)} kB (goal ≤ 300 kB).`);
