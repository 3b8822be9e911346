/**
 * The importer on SAMHSA's real 2022 directory (../shared/data/samhsa-2022/, beside the repository):
 * three multi-site organisations load through the site's own validation and one of them builds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importSamhsa } from '../../scripts/import-samhsa/import.ts';
import { buildCopy } from '../build/build-copy.ts';
import { loadDirectory } from '../../src/content-source/load.ts';
import { LIST_LIMIT } from '../../src/domain/urls.ts';
import { requireSharedData, ROOT, SHARED } from './helpers.ts';

const ORGANISATIONS = [
  // name, locations after merging MH + SA listings, listings selected (name1 variants such as "… Inc" included)
  { org: 'Centerstone of Indiana', locations: 35, rows: 53 },
  { org: 'Daymark Recovery Services', locations: 26, rows: 45 },
  { org: 'Sea Mar Behavioral Health', locations: 26, rows: 33 },
];

const dir = mkdtempSync(join(tmpdir(), 'import-samhsa-shared-'));
const files = new Map<string, string>();

beforeAll(() => {
  requireSharedData();
  for (const { org } of ORGANISATIONS) {
    const { ndjson } = importSamhsa({ inputs: [SHARED.mh, SHARED.sa], geo: SHARED.geo, org });
    const file = join(dir, `${org.toLowerCase().replace(/\W+/g, '-')}.ndjson`);
    writeFileSync(file, ndjson);
    files.set(org, file);
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('three multi-site organisations from the 2022 directory', () => {
  test.each(ORGANISATIONS)('$org passes the site’s zod and graph checks', async ({ org, locations, rows }) => {
    const { report } = importSamhsa({ inputs: [SHARED.mh, SHARED.sa], geo: SHARED.geo, org });
    expect(report.rowsSelected).toBe(rows);
    expect(report.skipped).toEqual({});
    const directory = await loadDirectory({ env: { DIRECTORY_DATASET: files.get(org) } });
    expect(directory.locations).toHaveLength(locations);
    expect(directory.settings).toMatchObject({ organizationName: org, noindex: true });
    // Every location has coordinates (geocode or ZIP centroid) for these three.
    expect(directory.locations.filter((l) => !l.geo)).toEqual([]);
    expect(directory.excluded.unknownTypes).toEqual({});
  });

  test('the three pass the Studio’s own validation (npm run dataset:validate): no errors', () => {
    for (const { org, locations } of ORGANISATIONS) {
      // Through this Node (24): the CLIs' `#!/usr/bin/env node` may find an older one on PATH.
      const run = spawnSync(
        process.execPath,
        [
          join(ROOT, 'node_modules/@sanity/cli/bin/run.js'),
          'exec',
          '../scripts/validate-dataset.ts',
          '--',
          files.get(org)!,
        ],
        { cwd: join(ROOT, 'sanity'), encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stdout + run.stderr).toBe(0);
      // Only warnings: lastReviewed is the data's 2022 date, older than the 180-day review window.
      expect(run.stdout).toMatch(/: \d+ documents, 0 errors, \d+ warnings/);
      expect(run.stdout.match(/lastReviewed: warning/g)).toHaveLength(locations);
    }
  }, 300_000);

  test('Sea Mar Behavioral Health builds: a page per location, none indexable', () => {
    const outDir = join(dir, 'dist');
    const run = buildCopy(join(dir, 'project'), outDir, files.get('Sea Mar Behavioral Health')!);
    expect(run.status, run.stdout + run.stderr).toBe(0);

    const slugs = readFileSync(files.get('Sea Mar Behavioral Health')!, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"_type":"location"'))
      .map((line) => (JSON.parse(line) as { slug: { current: string } }).slug.current);
    expect(slugs).toHaveLength(26);
    for (const slug of slugs)
      expect(existsSync(join(outDir, 'locations', slug, 'index.html')), `page of ${slug}`).toBe(true);

    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThan(26);
    for (const page of pages)
      expect(readFileSync(page, 'utf8'), `${page} must not be indexable`).toContain(
        '<meta name="robots" content="noindex, nofollow">',
      );
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toContain('Disallow: /');
  }, 300_000);
});

describe('a whole state from the 2022 directory (Wyoming, more locations than a page lists)', () => {
  test('builds; the home page and /locations/ list the state with its count, its state page every location', () => {
    const { ndjson } = importSamhsa({ inputs: [SHARED.mh, SHARED.sa], geo: SHARED.geo, state: 'WY' });
    const file = join(dir, 'wyoming.ndjson');
    writeFileSync(file, ndjson);
    const slugs = ndjson
      .split('\n')
      .filter((line) => line.includes('"_type":"location"'))
      .map((line) => (JSON.parse(line) as { slug: { current: string } }).slug.current);
    expect(slugs.length).toBeGreaterThan(LIST_LIMIT);

    const outDir = join(dir, 'dist-wy');
    const run = buildCopy(join(dir, 'project-wy'), outDir, file);
    expect(run.status, run.stdout + run.stderr).toBe(0);

    const home = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('data-testid="states"');
    expect(home).toMatch(new RegExp(`<a href="/states/wy/">Wyoming</a>: ${slugs.length} locations`));
    expect(home, 'the home page links no single location').not.toMatch(/href="\/locations\/[^"#]+\/"/);
    const states = readFileSync(join(outDir, 'locations', 'index.html'), 'utf8');
    expect(states).toContain('<a href="/states/wy/">Wyoming</a>');
    const wyoming = readFileSync(join(outDir, 'states', 'wy', 'index.html'), 'utf8');
    for (const slug of slugs) expect(wyoming, `/states/wy/ links ${slug}`).toContain(`href="/locations/${slug}/"`);
  }, 300_000);
});

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'))
    .map((name) => join(folder, name));
}
