/**
 * Listings at scale: California from SAMHSA's 2022 directory (~1,800 locations, past the 500 a state page lists
 * one by one) builds with a page per city, and every listing page stays within its size budget.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importSamhsa } from '../../scripts/import-samhsa/import.ts';
import { measureDist, overBudget } from '../../scripts/check/budget.ts';
import { pageType } from '../../scripts/check/page-type.ts';
import { STATE_LOCATION_LIMIT } from '../../src/domain/listings.ts';
import { requireSharedData, SHARED } from '../import/helpers.ts';
import { buildCopy } from './build-copy.ts';

const dir = mkdtempSync(join(tmpdir(), 'large-listings-'));
const outDir = join(dir, 'dist');
let locations: { slug: string; city: string }[] = [];

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');

beforeAll(() => {
  requireSharedData();
  const { ndjson } = importSamhsa({ inputs: [SHARED.mh, SHARED.sa], geo: SHARED.geo, state: 'CA' });
  const file = join(dir, 'california.ndjson');
  writeFileSync(file, ndjson);
  locations = ndjson
    .split('\n')
    .filter((line) => line.includes('"_type":"location"'))
    .map((line) => JSON.parse(line) as { slug: { current: string }; address: { city: string } })
    .map((doc) => ({ slug: doc.slug.current, city: doc.address.city }));
  const run = buildCopy(join(dir, 'project'), outDir, file);
  if (run.status !== 0) throw new Error(`the California build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
}, 300_000);

// Thousands of files: removing them takes a while on a busy machine.
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

describe(`California: more than ${STATE_LOCATION_LIMIT} locations`, () => {
  test('/locations/ names the state with its count; /states/ca/ lists cities with counts; city pages list every location', () => {
    expect(locations.length).toBeGreaterThan(STATE_LOCATION_LIMIT);
    expect(page('locations')).toContain(`<a href="/states/ca/">California</a>`);
    expect(page('locations')).toContain(`${locations.length.toLocaleString('en-US')} locations`);

    const state = page('states/ca');
    expect(state, 'the state page links no single location').not.toMatch(/href="\/locations\/[^"]+\/"/);
    const cities = [
      ...state.matchAll(/<a href="\/states\/ca\/([^"/]+)\/">[^<]+<\/a>\s*<span class="muted">\((\d+)\)/g),
    ];
    // Spellings of one city ("St. Helena", "St Helena") share a page; nothing else merges.
    const distinct = new Set(locations.map((l) => l.city.toLowerCase().replace(/[^a-z0-9]+/g, '')));
    expect(cities).toHaveLength(distinct.size);
    expect(cities.reduce((sum, [, , count]) => sum + Number(count), 0)).toBe(locations.length);

    const linked = new Map<string, string>();
    for (const [, slug, count] of cities) {
      const links = [...page(`states/ca/${slug}`).matchAll(/href="\/locations\/([^"/]+)\/"/g)].map((m) => m[1]!);
      expect(links, slug).toHaveLength(Number(count));
      for (const location of links) linked.set(location, slug!);
    }
    expect([...linked.keys()].sort()).toEqual(locations.map((l) => l.slug).sort());
  });

  test('an imported directory has no language assistance page, and no footer links to one', () => {
    expect(existsSync(join(outDir, 'language-assistance'))).toBe(false);
    expect(page('locations')).toContain('<footer');
    expect(page('locations')).not.toContain('/language-assistance/');
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/language-assistance/');
  });

  test('every listing page is within its budget, /locations/ within 25 kB; program pages count what they do not list', () => {
    const listings = measureDist(outDir, (path) =>
      ['state', 'city', 'program', 'service', 'listing'].includes(pageType(path)),
    );
    expect(new Set(listings.map((s) => s.type))).toEqual(new Set(['state', 'city', 'program', 'service', 'listing']));
    expect(
      overBudget(listings).map((s) => `${s.path}: HTML ${s.html} B, total ${s.total} B`),
      'pages over budget',
    ).toEqual([]);
    expect(listings.find((s) => s.path === '/locations/')!.total).toBeLessThanOrEqual(25_000);

    const programs = listings.filter((s) => s.type === 'program').map((s) => page(s.path.slice(1)));
    expect(programs.some((html) => html.includes('data-testid="not-offered-count"'))).toBe(true);
  });
});
