import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { siteOrigin, sitemapPaths } from '../../scripts/check/sitemap.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { loadDirectory } from '../../src/content-source/load.ts';
import { dictionaries } from '../../src/i18n/index.ts';
import {
  HREFLANGS,
  languageMarkup,
  languageOf,
  sitemapAlternates,
  twinOf,
  type LanguageMarkup,
} from './support/language-twins.ts';

// English at the root, Spanish under /es/ with the same slugs: every page in the sitemap has its twin, says its
// language, and points at both versions (hreflang) in its <head>, in the sitemap and with the header's link.
const dist = resolve(import.meta.dirname, '../..', process.env.E2E_DIST_DIR ?? 'dist');
const listed = sitemapPaths(dist) ?? [];
const origin = siteOrigin(dist)!;
const directory = await loadDirectory();

/** The absolute URLs a page's alternates must name: its English and Spanish versions, English as the default. */
function expectedAlternates(path: string): Record<string, string> {
  const english = languageOf(path) === 'en' ? path : twinOf(path);
  return { en: origin + english, es: origin + twinOf(english), 'x-default': origin + english };
}

/** Each hreflang's single URL, or a problem when it is missing or repeated. */
function singleAlternates(page: LanguageMarkup, path: string, problems: string[]): Record<string, string> {
  const extra = Object.keys(page.alternates).filter((h) => !(HREFLANGS as readonly string[]).includes(h));
  if (extra.length > 0) problems.push(`${path}: unexpected hreflang ${extra.join(', ')}`);
  const single: Record<string, string> = {};
  for (const hreflang of HREFLANGS) {
    const hrefs = page.alternates[hreflang] ?? [];
    if (hrefs.length !== 1) problems.push(`${path}: ${hrefs.length} alternates with hreflang="${hreflang}"`);
    if (hrefs[0] !== undefined) single[hreflang] = hrefs[0];
  }
  return single;
}

test('every page in the sitemap has its twin in the other language, with lang, hreflang and the language link both ways', async ({
  request,
}) => {
  expect(listed.length, 'the build has a sitemap').toBeGreaterThan(0);
  expect(listed.filter((p) => languageOf(p) === 'es').length, 'as many Spanish pages as English ones').toBe(
    listed.filter((p) => languageOf(p) === 'en').length,
  );
  const inSitemap = new Set(listed);
  const sitemap = sitemapAlternates(dist);
  const problems: string[] = [];
  const pages = new Map<string, Record<string, string>>();

  for (const path of listed) {
    if (!inSitemap.has(twinOf(path))) problems.push(`${path}: its twin ${twinOf(path)} is not in the sitemap`);
    const response = await request.get(path);
    if (response.status() !== 200) {
      problems.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    const page = languageMarkup(await response.text());
    if (page.lang !== languageOf(path)) problems.push(`${path}: <html lang="${page.lang}">, not "${languageOf(path)}"`);

    const alternates = singleAlternates(page, path, problems);
    pages.set(path, alternates);
    const expected = expectedAlternates(path);
    for (const hreflang of HREFLANGS)
      if (alternates[hreflang] !== undefined && alternates[hreflang] !== expected[hreflang])
        problems.push(`${path}: hreflang="${hreflang}" is ${alternates[hreflang]}, not ${expected[hreflang]}`);
    const entry = sitemap.get(path) ?? {};
    for (const hreflang of HREFLANGS)
      if (entry[hreflang] !== expected[hreflang])
        problems.push(`${path}: the sitemap's hreflang="${hreflang}" is ${entry[hreflang]}, not ${expected[hreflang]}`);

    const twin = twinOf(path);
    const links = page.headerLinks;
    if (links.length !== 1) problems.push(`${path}: ${links.length} language links in the header, not 1`);
    else if (links[0]!.href !== twin || links[0]!.hreflang !== languageOf(twin) || links[0]!.lang !== languageOf(twin))
      problems.push(
        `${path}: the header's language link is ${JSON.stringify(links[0])}, not to ${twin} in its language`,
      );
  }

  // Both ways: each page an alternate names is a page of the site that names the same two versions.
  for (const [path, alternates] of pages)
    for (const href of Object.values(alternates)) {
      const target = new URL(href).pathname;
      const back = pages.get(target);
      if (!back) problems.push(`${path}: its alternate ${href} is not a page of the sitemap`);
      else if (JSON.stringify(back) !== JSON.stringify(alternates))
        problems.push(`${path}: its alternate ${target} names other versions: ${JSON.stringify(back)}`);
    }
  expect(problems).toEqual([]);
});

const program = directory.programs[0]!;
const location = directory.locations[0]!;
/** A few pages of different kinds whose language link a visitor follows there and back. */
const CLICKED = [
  '/',
  `/programs/${program.slug}/`,
  `/locations/${location.slug}/`,
  '/search/',
  '/language-assistance/',
];

for (const path of CLICKED)
  test(`the header's language link leads from ${path} to its Spanish twin and back`, async ({ page, baseURL }) => {
    await page.goto(path);
    for (const [from, to] of [
      [path, twinOf(path)],
      [twinOf(path), path],
    ] as const) {
      await expect(page).toHaveURL(baseURL + from);
      await page.getByRole('banner').locator('a[hreflang]').click();
      await expect(page).toHaveURL(baseURL + to);
      await expect(page.locator('html')).toHaveAttribute('lang', languageOf(to));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

test('a missing page under /es/ gets the Spanish 404, one elsewhere the English one (as the hosts serve them)', async ({
  page,
}) => {
  // Served as Netlify serves dist: its _redirects file sends missing /es/ paths to the Spanish 404.
  const server = await serveStatic(dist);
  try {
    for (const [path, lang] of [
      ['/es/no-such-page/', 'es'],
      ['/es/programs/no-such-program/', 'es'],
      ['/no-such-page/', 'en'],
    ] as const) {
      const response = await page.goto(server.url + path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html'), path).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(dictionaries[lang].notFound.title);
      // A 404 has no twin of its own: its language link leads to the other language's home page.
      await expect(page.getByRole('banner').locator('a[hreflang]'), path).toHaveAttribute(
        'href',
        lang === 'es' ? '/' : '/es/',
      );
    }
  } finally {
    await server.close();
  }
});
