import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/domain/urls.ts';
import { search as englishSearch } from '../../src/i18n/en/search.ts';
import { time as englishTime } from '../../src/i18n/en/time.ts';
import { nearestOffering, readOracleDataset, zipCentroid } from '../support/oracles.ts';
import { names, results, status } from './support/search-results.ts';

// The Spanish search page: its own Pagefind index (Spanish pages only), Spanish query words, Spanish everything.
const SEARCH = `/es${paths.search}`;
const dataset = readOracleDataset();
const programs = [...dataset.byId.values()].filter((d) => d._type === 'program') as Record<string, any>[];
const program = (slug: string) => programs.find((p) => p.slug.current === slug)!;
const iop = program('intensive-outpatient');

/** The first link a visitor meets after searching: the named program's line, else the first result. */
const firstLink = (page: Page) => page.locator('[data-term-cards] a, [data-search-results] > li a').first();

/** Searches from the page's own box, the way a visitor does, and waits for the answer. */
async function search(page: Page, query: string, url = SEARCH) {
  await page.goto(url);
  const box = page.locator('#search-q');
  await box.fill(query);
  await box.press('Enter');
  await expect(status(page)).toHaveText(/^\d+ |^Ningún/);
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

for (const [url, query, bundle, language] of [
  [SEARCH, 'desintoxicación', '/es/pagefind/', 'es'],
  [paths.search, 'intensive outpatient', '/pagefind/', 'en'],
] as const) {
  test(`${url} loads its own language's Pagefind bundle (${bundle}) and index only`, async ({ page }) => {
    const files: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind')) files.push(path);
    });
    await search(page, query, url);
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((path) => !path.startsWith(bundle))).toEqual([]);
    const indexes = files.flatMap((path) => /\/pagefind\.(\w+)_\w+\.pf_meta$/.exec(path)?.[1] ?? []);
    expect(indexes).toEqual([language]);
  });
}

for (const [query, slug] of [
  ['programa intensivo ambulatorio', 'intensive-outpatient'],
  ['desintoxicación', 'detox'],
] as const) {
  test(`"${query}" finds its program page first, in Spanish`, async ({ page }) => {
    await search(page, query);
    await expect(firstLink(page)).toHaveAttribute('href', `/es${paths.program(slug)}`);
  });
}

test('a Spanish what + where query: the nearest open place offering it comes first, then the others by distance', async ({
  page,
}) => {
  // The program by a name only the Spanish content gives it (not "IOP"): its shortest Spanish name.
  const english = new Set([iop.title, iop.shortName, ...iop.aliases].map((n: string) => n.toLowerCase()));
  const spanish = [iop.title_es, iop.shortName_es, ...(iop.aliases_es ?? [])]
    .filter((n: string | undefined): n is string => Boolean(n) && !english.has(n!.toLowerCase()))
    .sort((a, b) => a.length - b.length);
  const query = `${spanish[0]} cerca de 97214`;
  const expected = nearestOffering(dataset, zipCentroid('97214')!, iop._id).map((e) => e.location.name);
  await search(page, query);
  await expect(status(page)).toContainText('97214');
  await expect(results(page).first()).toContainText(/a \d+([.,]\d)? mi/);
  expect(await names(page), query).toEqual(expected);
});

/**
 * The fixed words of the English interface strings the search script writes (its `search` and `time` groups),
 * e.g. "places offer", "Directions", "Open now": what is left of each once its values are taken out.
 */
function englishFragments(): string[] {
  const strings = [...Object.values(englishSearch), ...Object.values(englishTime)].flatMap(function flat(
    value: unknown,
  ): string[] {
    if (typeof value === 'function') return [String(value(2, 'XVALUEX'))];
    if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(flat);
    return [String(value)];
  });
  return [
    ...new Set(
      strings
        .flatMap((text) => text.split(/XVALUEX|\d+/))
        .map((fragment) => fragment.replace(/[^\p{L} ]/gu, ' ').trim())
        // The Intl locale ("en-US") and one-letter joins are not words a visitor reads.
        .filter((fragment) => /\p{L}{3,}/u.test(fragment) && fragment !== 'en US'),
    ),
  ];
}

test('no English interface string in the status, chips, cards and filters', async ({ page }) => {
  await search(page, `${iop.title_es ?? iop.title} en español con Medicaid cerca de 97214`);
  await expect(results(page).first()).toBeVisible();
  await page.getByRole('button', { name: /^Filtros/ }).click();
  for (const facet of ['format', 'ages', 'payment', 'language']) {
    const details = page.locator(`details[data-facet="${facet}"]`);
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
    await expect(details.locator('label').first()).toBeVisible();
  }
  // Content is not interface: a card's title is the location's own name, and content without a translation is
  // English marked as English (lang="en").
  const text = await page.evaluate(() => {
    const parts = [
      '[data-search-status]',
      '[data-chips]',
      '[data-search-notes]',
      '[data-term-cards]',
      '[data-search-results]',
      '[data-zip-status]',
      '[data-open-filters]',
      '[data-facets]',
    ].map((selector) => {
      const copy = document.querySelector(selector)!.cloneNode(true) as HTMLElement;
      for (const content of copy.querySelectorAll('[data-search-results] > li > a:first-child, [lang="en"]'))
        content.remove();
      return copy.textContent ?? '';
    });
    return parts.join('\n');
  });
  const found = englishFragments().filter((fragment) =>
    new RegExp(`(^|[^\\p{L}])${fragment.replace(/ +/g, '\\s+')}($|[^\\p{L}])`, 'u').test(text),
  );
  expect(found, text).toEqual([]);
});
