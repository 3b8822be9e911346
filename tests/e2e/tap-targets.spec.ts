import { expect, test, type Page } from '@playwright/test';
import { loadDirectory } from '../../src/content-source/load.ts';
import { createDirectoryIndex } from '../../src/domain/directory-index.ts';
import { paths } from '../../src/domain/urls.ts';
import { languageOf, twinOf } from './support/language-twins.ts';
import { CRISIS_LABELS } from './support/page-checks.ts';

// WCAG 2.2 target size (2.5.8): every call, text and dial link at least 24 × 24 px; the one number a visitor most
// likely wants, and each place in a "where it is offered" list, a 44 × 44 px Call button. Measured on a phone.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const directory = createDirectoryIndex(await loadDirectory());
const offeredProgram = directory.programs.find((p) => directory.locationsOfferingProgram(p._id).length > 0)!;
const offeredService = directory.services.find((s) => directory.locationsOfferingService(s._id).length > 0)!;
const location = directory.locations[0]!;

/** One page of each type (the city type exists only in directories with a state past 500 locations). */
const ENGLISH_PAGES = [
  paths.home,
  paths.programs,
  paths.program(offeredProgram.slug),
  paths.locations,
  paths.state(location.address.state),
  paths.location(location.slug),
  paths.services,
  paths.service(offeredService.slug),
  paths.search,
  '/no-such-page/',
];
/** Each in Spanish too: longer words wrap the crisis line and buttons differently. The test server serves only
 * the English 404 for missing paths, so the Spanish one is visited at its own address. */
const PAGES = [
  ...ENGLISH_PAGES,
  ...ENGLISH_PAGES.map((path) => (path === '/no-such-page/' ? '/es/404/' : twinOf(path))),
];

type Box = { href: string; text: string; width: number; height: number };

/** The rendered size of every visible element `selector` matches. */
const boxes = (page: Page, selector: string): Promise<Box[]> =>
  page.locator(selector).evaluateAll((elements) =>
    elements
      .filter((el) => el.checkVisibility())
      .map((el) => {
        const { width, height } = el.getBoundingClientRect();
        return { href: el.getAttribute('href') ?? '', text: el.textContent?.trim() ?? '', width, height };
      }),
  );

const tooSmall = (list: Box[], min: number) => list.filter((b) => b.width < min || b.height < min);

for (const path of PAGES) {
  test(`${path}: every tel: and sms: link is at least 24 × 24 px; the crisis line is on the first screen`, async ({
    page,
  }) => {
    await page.goto(path);
    const links = await boxes(page, 'a[href^="tel:"], a[href^="sms:"]');
    // The crisis line's three links at least; a page without them would pass vacuously.
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(tooSmall(links, 24)).toEqual([]);

    const label = CRISIS_LABELS[languageOf(path)]!;
    const crisis = page.getByRole('complementary', { name: label });
    const box = (await crisis.boundingBox())!;
    expect(box.y + box.height, 'the crisis line ends within the first 844 px').toBeLessThanOrEqual(844);
    expect((await boxes(page, `aside[aria-label="${label}"] a`)).map((b) => b.href)).toEqual([
      'tel:988',
      'sms:988',
      'tel:911',
    ]);
  });
}

test('the location page: its main number is a Call button of at least 44 × 44 px', async ({ page }) => {
  await page.goto(paths.location(location.slug));
  const main = await boxes(page, 'a[data-phone="primary"]');
  expect(main).toHaveLength(1);
  expect(main[0]!.text).toMatch(/^Call /);
  expect(tooSmall(main, 44)).toEqual([]);
});

for (const [name, path, count] of [
  ['program', paths.program(offeredProgram.slug), directory.locationsOfferingProgram(offeredProgram._id).length],
  ['service', paths.service(offeredService.slug), directory.locationsOfferingService(offeredService._id).length],
] as const)
  test(`the ${name} page: each place where it is offered has a Call button of at least 44 × 44 px`, async ({
    page,
  }) => {
    await page.goto(path);
    const calls = await boxes(page, '[data-testid="location-list"] a[href^="tel:"]');
    expect(calls).toHaveLength(count);
    expect(calls.every((b) => b.text.startsWith('Call '))).toBe(true);
    expect(tooSmall(calls, 44)).toEqual([]);
  });
