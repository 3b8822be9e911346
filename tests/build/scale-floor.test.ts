import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { routeOf, sitePages, writeFloorProject } from '../../scripts/lib/scale-floor.ts';
import { writeDataset } from '../content-source/helpers.ts';
import { createMockDataset } from '../fixtures/dataset.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'scale-floor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A built site's HTML files: the home page, a 404, pages at several depths, some indexed by Pagefind. */
const SITE = {
  'index.html': '<main>home</main>',
  '404.html': '<main>not found</main>',
  'locations/a/index.html': '<main data-pagefind-body>a</main>',
  'locations/b/index.html': '<main data-pagefind-body>b</main>',
  'states/ky/louisville/index.html': '<main>city</main>',
  'search/index.html': '<main>search</main>',
};

describe("the scale benchmark's floor", () => {
  test('routes are read from file names as Astro writes them with build.format directory', () => {
    expect(['index.html', '404.html', 'a/b/index.html', 'a/index.html'].map(routeOf)).toEqual(['', '404', 'a/b', 'a']);
  });

  test('renders one page per site page, at the same routes, indexed where the site is', () => {
    const site = join(dir, 'site');
    for (const [file, html] of Object.entries(SITE)) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      writeFileSync(join(site, file), `<html><body>${html}</body></html>`);
      // Files that are not pages are not counted.
      writeFileSync(join(site, `${file}.json`), '{}');
    }
    const pages = sitePages(site);
    expect(pages).toHaveLength(Object.keys(SITE).length);
    expect(pages.filter((p) => p.indexed).map((p) => p.route)).toEqual(['locations/a', 'locations/b']);

    const floor = join(dir, 'floor');
    writeFloorProject(ROOT, floor, writeDataset(createMockDataset()), pages);
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: floor,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(sitePages(join(floor, 'dist'))).toEqual(pages);
  }, 120_000);
});
