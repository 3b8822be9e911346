/**
 * Presentation's "Used on … pages" (sanity/presentation/pages.ts) against a site built from the bundled dataset.
 * For every document, the resolver's GROQ runs in groq-js as the Content Lake runs it (published perspective), and
 * - every page it names exists in dist/;
 * - every page it names shows the document: it links to the document's own page (but the EXCEPTIONS below);
 * - every page that links to the document's own page is named (but the EXCEPTIONS below);
 * - a location names its own page and its state's page, a program and a service their own page and their index.
 * A state past STATE_LOCATION_LIMIT (California, from SAMHSA's 2022 directory) checks the city pages against the
 * site's own listings, without a build of 1,800 pages.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { attr, elements, type Element } from '../../scripts/check/html-doc.ts';
import { loadPages, type Page } from '../../scripts/check/pages.ts';
import { importSamhsa } from '../../scripts/import-samhsa/import.ts';
import { createGroqExecutor } from '../../src/content-source/groq-local.ts';
import { loadDirectory } from '../../src/content-source/load.ts';
import type { RawDocument } from '../../src/content-source/ndjson.ts';
import { createDirectoryIndex } from '../../src/domain/directory-index.ts';
import { englishPath, inLocale } from '../../src/domain/urls.ts';
import { STATE_LOCATION_LIMIT, stateListings } from '../../src/domain/listings.ts';
import {
  LISTED_LOCATIONS,
  PAGES_BY_TYPE,
  SETTINGS_PAGES,
  LANGUAGE_ASSISTANCE_PAGES,
  servicePages,
  type ServicePages,
} from '../../sanity/presentation/pages.ts';
import { mainDocuments } from '../../sanity/presentation/main-documents.ts';
import { buildSite } from '../dist/build-site.ts';
import { requireSharedData, SHARED } from '../import/helpers.ts';

type Doc = RawDocument & Record<string, any>;

const documents = readFileSync(new URL('../../sanity/dataset/directory.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as Doc);
const query = createGroqExecutor(documents);

/**
 * Where the resolver and the site knowingly differ, with why:
 * - `counted`: pages the resolver names that show the document only in a count, with no link to it;
 * - `unnamed`: links the resolver leaves out.
 */
const EXCEPTIONS = {
  // The locations index lists states with their counts: a location's state and status change it.
  counted: { location: ['/locations/'] } as Record<string, string[]>,
  // "Not offered here" on a location page names the nearest location that offers the item. Which one depends on
  // the distance to every other location: the resolver would read the whole directory for each document opened.
  unnamed: (page: Page, link: Element) =>
    englishPath(page.path).startsWith('/locations/') &&
    [...ancestors(page, link)].some((el) => attr(el, 'data-not-offered-list') !== undefined),
};

let distDir: string;
let cleanup = () => {};
let pages: Page[];
/** Each document's own page, and the pages it resolves to. */
const resolved = new Map<string, { own: string; hrefs: string[] }>();

/** A document's own (English) page as the page at `pagePath` links to it: in that page's language. */
const inPageLocale = (own: string, pagePath: string) => inLocale(own, pagePath.startsWith('/es/') ? 'es' : 'en');

/** The elements from the page's root down to `target`. */
function* ancestors(page: Page, target: Element): Generator<Element> {
  const path = (node: Element, trail: Element[]): Element[] | undefined => {
    if (node === target) return trail;
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const found = path(child, [...trail, child]);
      if (found) return found;
    }
    return undefined;
  };
  for (const root of page.doc.childNodes) if ('tagName' in root) yield* path(root, [root]) ?? [];
}

const links = (page: Page, href: string) =>
  [...elements(page.doc)].filter((el) => el.tagName === 'a' && attr(el, 'href') === href);
const built = (href: string) => existsSync(join(distDir, href, 'index.html'));
const ids = (type: string) => documents.filter((doc) => doc._type === type);
const refs = (list: unknown[] | undefined, pick: (entry: any) => string | undefined) =>
  (list ?? []).map(pick).filter(Boolean) as string[];

describe('Presentation: the pages each document shows on', () => {
  beforeAll(async () => {
    ({ distDir, cleanup } = buildSite());
    pages = loadPages(distDir);
    for (const doc of documents) {
      const resolver = PAGES_BY_TYPE[doc._type];
      if (!resolver) continue;
      const state = resolver.pages(await query(resolver.query, { id: doc._id }));
      const hrefs = state?.locations?.map((location) => location.href) ?? [];
      resolved.set(doc._id, { own: hrefs[0]!, hrefs });
    }
  }, 180_000);

  afterAll(() => cleanup());

  test('every document of the dataset resolves, and every page it names is built', () => {
    const singletons = new Set(['siteSettings', 'languageAssistance']);
    expect(resolved.size).toBe(documents.filter((doc) => !singletons.has(doc._type)).length);
    const missing = [...resolved].flatMap(([id, { hrefs }]) =>
      hrefs.filter((h) => !built(h)).map((h) => `${id}: ${h}`),
    );
    expect(missing).toEqual([]);
    expect(SETTINGS_PAGES.locations!.filter((location) => !built(location.href))).toEqual([]);
    expect(LANGUAGE_ASSISTANCE_PAGES.locations!.filter((location) => !built(location.href))).toEqual([]);
  });

  test('the settings’ pages show the organisation’s name and admissions phone', () => {
    const settings = documents.find((doc) => doc._type === 'siteSettings')!;
    for (const { href } of SETTINGS_PAGES.locations!) {
      const html = pages.find((page) => page.path === href)?.html ?? '';
      expect(html, href).toContain(settings.organizationName);
      expect(html, href).toContain(`href="tel:${settings.admissionsPhone.number}"`);
    }
  });

  test('every page named shows the document: it links to the document’s own page', () => {
    const silent = [...resolved].flatMap(([id, { own, hrefs }]) => {
      const type = id.split('.')[0]!;
      return hrefs
        .filter((href) => englishPath(href) !== own && !EXCEPTIONS.counted[type]?.includes(englishPath(href)))
        .filter(
          (href) =>
            pages.find((page) => page.path === href)?.html.includes(`href="${inPageLocale(own, href)}"`) !== true,
        )
        .map((href) => `${id}: ${href}`);
    });
    expect(silent, 'pages named that never show the document').toEqual([]);
  });

  test('every page that links to a document’s own page is named', () => {
    const unnamed = [...resolved].flatMap(([id, { own, hrefs }]) =>
      pages
        .filter((page) => page.path !== own && !hrefs.includes(page.path))
        .filter((page) => links(page, inPageLocale(own, page.path)).some((link) => !EXCEPTIONS.unnamed(page, link)))
        .map((page) => `${id}: ${page.path}`),
    );
    expect(unnamed, 'pages showing the document that the resolver leaves out').toEqual([]);
  });

  test('a location names its own page, home, its state, and the programs and services it offers', () => {
    for (const location of ids('location')) {
      const { own, hrefs } = resolved.get(location._id)!;
      const offered = [
        ...refs(location.programs, (entry) => entry.program?._ref),
        ...refs(location.servicesOffered, (ref) => ref._ref),
      ].map((id) => resolved.get(id)!.own);
      expect(own).toBe(`/locations/${location.slug.current}/`);
      expect(hrefs).toEqual(
        expect.arrayContaining(['/', `/states/${location.address.state.toLowerCase()}/`, ...offered]),
      );
    }
  });

  test('a program or service names its own page, its index, and every location that offers it', () => {
    for (const item of [...ids('program'), ...ids('service')]) {
      const { own, hrefs } = resolved.get(item._id)!;
      const offering = ids('location').filter((location) =>
        [
          ...refs(location.programs, (entry) => entry.program?._ref),
          ...refs(location.servicesOffered, (ref) => ref._ref),
        ].includes(item._id),
      );
      const index = item._type === 'program' ? '/programs/' : '/services/';
      expect(own).toBe(`${index}${item.slug.current}/`);
      expect(hrefs).toEqual(
        expect.arrayContaining([index, ...offering.map((location) => resolved.get(location._id)!.own)]),
      );
    }
  });

  test('each location, program and service page, and the language assistance page, opens its document (mainDocuments); no other page does', async () => {
    const own = new Map([...resolved].map(([id, { own }]) => [own, id]));
    for (const [path, id] of [...own]) own.set(inLocale(path, 'es'), id);
    own.set(LANGUAGE_ASSISTANCE_PAGES.locations![0]!.href, 'languageAssistance');
    own.set(inLocale(LANGUAGE_ASSISTANCE_PAGES.locations![0]!.href, 'es'), 'languageAssistance');
    for (const page of pages) {
      // As Presentation matches a route: URLPattern over the path, the trailing slash optional.
      const matches = mainDocuments.flatMap(({ route, filter }) => {
        const match = new URLPattern({ pathname: `${route as string}{/}?` }).exec({ pathname: page.path });
        return match ? [{ filter: filter as string, params: match.pathname.groups }] : [];
      });
      const ids = await Promise.all(matches.map(({ filter, params }) => query(`*[${filter}]._id`, params)));
      expect(ids.flat(), page.path).toEqual(own.has(page.path) ? [own.get(page.path)] : []);
    }
  });

  test(`past ${LISTED_LOCATIONS} location pages, the list stops and says how many more`, () => {
    const location = { name: 'Clinic', slug: 'clinic', city: 'Bend', state: 'OR' };
    const doc: ServicePages = {
      _type: 'service',
      title: 'Group therapy',
      slug: 'group-therapy',
      programs: [],
      locations: Array.from({ length: LISTED_LOCATIONS }, (_, i) => ({ ...location, slug: `clinic-${i}` })),
      referringCount: 1_234,
    };
    const state = servicePages(doc)!;
    expect(state.locations!.filter((l) => l.href.startsWith('/locations/'))).toHaveLength(LISTED_LOCATIONS);
    expect(state.message).toBe(`Also on ${(1_234 - LISTED_LOCATIONS).toLocaleString('en-US')} more location pages.`);
  });
});

describe(`a state of more than ${STATE_LOCATION_LIMIT} locations (California)`, () => {
  test('a location names the city page the site lists it on', async () => {
    requireSharedData();
    const { ndjson, documents: california } = importSamhsa({
      inputs: [SHARED.mh, SHARED.sa],
      geo: SHARED.geo,
      state: 'CA',
    });
    const dir = mkdtempSync(join(tmpdir(), 'presentation-ca-'));
    try {
      writeFileSync(join(dir, 'california.ndjson'), ndjson);
      const directory = await loadDirectory({ env: { DIRECTORY_DATASET: join(dir, 'california.ndjson') } });
      const [listing] = stateListings(createDirectoryIndex(directory).locationsByState());
      expect(listing?.byCity, 'California is listed by city').toBe(true);
      const run = createGroqExecutor(california);
      // A few cities across the alphabet, and every spelling that shares one city page ("St. Helena", "St Helena").
      const cities = listing!.cities.filter(
        (city, i) => i % 100 === 0 || new Set(city.locations.map((l) => l.address.city)).size > 1,
      );
      const location = PAGES_BY_TYPE.location!;
      let checked = 0;
      for (const city of cities)
        for (const { _id } of city.locations) {
          const state = location.pages(await run(location.query, { id: _id }));
          checked += 1;
          const hrefs = state!.locations!.map((l) => l.href);
          expect(hrefs.filter((href) => href.startsWith('/states/ca/'))).toEqual([
            '/states/ca/',
            `/states/ca/${city.slug}/`,
          ]);
        }
      expect(checked, 'locations checked').toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
