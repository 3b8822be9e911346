import { expect, test, type Page } from '@playwright/test';
import { paths } from '../../src/domain/urls.ts';
import { AGE_GROUP, PAYMENT_OPTION, PROGRAM_FORMAT, US_STATE } from '../../src/domain/vocabulary.ts';
import {
  cityCentre,
  countBy,
  inPlaceOrder,
  nearestOffering,
  offers,
  readOracleDataset,
  zipCentroid,
} from '../support/oracles.ts';
import { axeViolations, formatViolations } from './support/axe.ts';
import { names, results, status } from './support/search-results.ts';

const dataset = readOracleDataset();
const docs = [...dataset.byId.values()] as Record<string, any>[];
const programs = docs.filter((d) => d._type === 'program');
const services = docs.filter((d) => d._type === 'service');
const offering = (id: string) => dataset.locations.filter((l) => offers(l, id));
/** A program offered at two or more places, and one of them not open, when the data has one. */
const busy = programs.filter((p) => offering(p._id).length >= 2);
const withClosed = busy.find((p) => offering(p._id).some((l) => l.status !== 'open'))!;
const stateName = (code: string) => US_STATE[code as keyof typeof US_STATE];

const chip = (page: Page, label: string | RegExp) => page.locator('[data-chips] button').filter({ hasText: label });

/** Searches from the page's own box, the way a visitor does, and waits for the answer. */
async function search(page: Page, query: string) {
  await page.goto(paths.search);
  const box = page.getByRole('searchbox', { name: 'Search programs, services and locations' });
  await box.fill(query);
  await box.press('Enter');
  await expect(status(page)).toHaveText(/^\d+ |^No location/);
}

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe('the care-seeker journey on a phone', () => {
  // A ZIP from the dataset's own locations, far from the first: the answer must come from distance, not order.
  const zips = [...new Set(docs.filter((d) => d._type === 'location').map((d) => d.address.zip as string))];
  for (const [program, zip] of [
    [busy[0]!, zips.at(-2)!],
    [busy.at(-1)!, zips[1]!],
  ] as const) {
    test(`"${program.shortName} near ${zip}": the nearest open place offering it comes first, on the first screen`, async ({
      page,
    }) => {
      const expected = nearestOffering(dataset, zipCentroid(zip)!, program._id).map((e) => e.location.name);
      await search(page, `${program.shortName} near ${zip}`);
      await expect(status(page)).toContainText(`nearest to ZIP ${zip} first`);
      const first = results(page).first();
      const call = first.locator('a[href^="tel:"]');
      const box = await call.evaluate((a) => a.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.bottom, 'the first result’s Call button is on the first screen').toBeLessThanOrEqual(844);
      expect(await status(page).evaluate((s) => s.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
      await expect(first).toContainText(/\d+(\.\d)? mi/);
      await expect(first).toContainText(program.title);
      expect(await names(page)).toEqual(expected);
    });
  }

  test('"IOP" and the program’s full name give the same results in the same order', async ({ page }) => {
    const program = busy[0]!;
    await search(page, program.shortName);
    const byShortName = await names(page);
    const url = page.url();
    await search(page, program.title);
    expect(await names(page)).toEqual(byShortName);
    expect(page.url()).toBe(url);
    await expect(page.locator('[data-term-cards] a')).toHaveAttribute('href', `/programs/${program.slug.current}/`);
  });

  test('without a place: a "Where?" field, and places open first, then by state and city', async ({ page }) => {
    await search(page, withClosed.shortName);
    await expect(page.getByLabel('Where? ZIP or city')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Use my location' })).toBeVisible();
    expect(await names(page)).toEqual(inPlaceOrder(offering(withClosed._id), stateName).map((l) => l.name));
  });

  test('a place that is not open never ranks above an open one, and is shown, not dropped', async ({ page }) => {
    const closed = offering(withClosed._id).find((l) => l.status !== 'open')!;
    const zip = docs.find((d) => d._id === closed.id)!.address.zip as string;
    await search(page, `${withClosed.shortName} ${zip}`);
    const badges = await results(page).evaluateAll((items) =>
      items.map((li) => li.querySelector('span.rounded')?.textContent ?? ''),
    );
    const notOpen = badges.map((b) => /Temporarily closed|Opening soon/.test(b));
    expect(notOpen.indexOf(true), 'the closed one is listed').toBeGreaterThan(0);
    expect(notOpen.slice(notOpen.indexOf(true)), 'nothing open after it').not.toContain(false);
    await expect(results(page).filter({ hasText: closed.name })).toHaveCount(1);
  });

  test('where words from the home page and program pages: a city is a filter, measured from its centre', async ({
    page,
  }) => {
    const program = busy.find((p) => new Set(offering(p._id).map((l) => l.city)).size < offering(p._id).length)!;
    const { city, state } = offering(program._id).find((l, _, all) => all.filter((o) => o.city === l.city).length > 1)!;
    const expected = nearestOffering(dataset, cityCentre(dataset, city, state), program._id)
      .filter((e) => e.location.city === city && e.location.state === state)
      .map((e) => e.location.name);
    const where = encodeURIComponent(`${city}, ${state}`);
    await page.goto(`${paths.search}?program=${encodeURIComponent(program.title)}&where=${where}`);
    await expect(status(page)).toContainText(`nearest to ${city}, ${state} first`);
    expect(await names(page)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('city')).toBe(`${city}, ${state}`);
    expect(new URL(page.url()).searchParams.has('where')).toBe(false);
    await expect(results(page).first()).toContainText(/\d(\.\d)? mi/);
  });

  test('"near me" asks the browser and sorts by distance from there', async ({ browser, baseURL }) => {
    const point = dataset.locations.find((l) => l.geo && l.status === 'open' && offers(l, busy[0]!._id))!.geo!;
    const context = await browser.newContext({
      baseURL: baseURL!,
      viewport: { width: 390, height: 844 },
      geolocation: { latitude: point.lat, longitude: point.lng },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto(`${paths.search}?q=${encodeURIComponent(`${busy[0]!.shortName} near me`)}`);
    await expect(status(page)).toContainText('nearest to your location first');
    expect(await names(page)).toEqual(nearestOffering(dataset, point, busy[0]!._id).map((e) => e.location.name));
    await expect(chip(page, 'near your location')).toBeVisible();
    await context.close();
  });

  test('near a ZIP, past the first page: every place, nearest first, loaded a page at a time', async ({ page }) => {
    const widest = services
      .map((service) => ({ service, at: offering(service._id).filter((l) => l.geo) }))
      .sort((a, b) => b.at.length - a.at.length)[0]!;
    expect(widest.at.length, 'more places than two pages of results').toBeGreaterThan(10);
    const zip = zips[1]!;
    const expected = nearestOffering(dataset, zipCentroid(zip)!, widest.service._id).map((e) => e.location.name);
    await search(page, `${widest.service.title} near ${zip}`);
    await expect(status(page)).toHaveText(new RegExp(`^${widest.at.length} places offer`));
    // Five places a page: the first fills a phone screen and a half; each "Show more results" adds five more.
    for (let shown = 5; shown < widest.at.length; shown += 5) {
      await expect(results(page)).toHaveCount(shown);
      await page.locator('[data-load-more]').click();
    }
    await expect(results(page)).toHaveCount(widest.at.length);
    await expect(page.locator('[data-load-more]')).toBeHidden();
    expect(await names(page)).toEqual(expected);
  });

  test('chips round-trip through the URL, with Back and Forward', async ({ page }) => {
    const program = busy[0]!;
    const location = offering(program._id).find((l) => l.languages.length > 1)!;
    const language = location.languages.find((l) => l !== 'English')!;
    const zip = docs.find((d) => d._id === location.id)!.address.zip as string;
    await search(page, `${program.shortName} near ${zip} in ${language} medicaid`);
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      program: program.title,
      language,
      payment: PAYMENT_OPTION.medicaid,
      zip,
    });
    for (const label of [program.title, `near ${zip}`, language, PAYMENT_OPTION.medicaid])
      await expect(chip(page, label)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters (3)' })).toBeVisible();
    await chip(page, language).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('language')).toBe(false);
    await expect(chip(page, language)).toHaveCount(0);
    await page.goBack();
    await expect(chip(page, language)).toBeVisible();
    await expect.poll(() => new URL(page.url()).searchParams.get('language')).toBe(language);
    await page.goForward();
    await expect(chip(page, language)).toHaveCount(0);
    await page.reload();
    await expect(chip(page, `near ${zip}`)).toBeVisible();
  });

  test('the filter sheet works by keyboard: focus moves in, counts show, Escape closes', async ({ page }) => {
    await search(page, busy[0]!.shortName);
    const open = page.getByRole('button', { name: /^Filters \(\d+\)$/ });
    await open.focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('dialog', { name: 'Filters' });
    await expect(sheet).toBeVisible();
    expect(await sheet.evaluate((d) => d.contains(document.activeElement))).toBe(true);
    // Tab to the state facet, open it, tick its first value.
    const summary = sheet.locator('details[data-facet="state"] summary');
    for (let i = 0; i < 20 && !(await summary.evaluate((s) => s === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const first = sheet.locator('details[data-facet="state"] input').first();
    await expect(sheet.locator('details[data-facet="state"] label').first()).toHaveText(/\(\d+\)$/);
    await first.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.has('state')).toBe(true);
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(open).toHaveText('Filters (2)');
    await expect(open).toBeFocused();
  });

  test('a skip link leads to the results', async ({ page }) => {
    await search(page, busy[0]!.shortName);
    await page.getByRole('link', { name: 'Skip to results' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-search-results]')).toBeFocused();
  });

  test('Call buttons are at least 44 × 44 px', async ({ page }) => {
    await search(page, `${busy[0]!.shortName} ${zips[0]}`);
    const sizes = await page
      .locator('[data-search-results] a[href^="tel:"]')
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThan(0);
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(44);
      expect(height).toBeGreaterThanOrEqual(44);
    }
  });

  test('every facet counts what the dataset holds', async ({ page }) => {
    const title = (id: string) => String(dataset.byId.get(id)?.title);
    const expected: Record<string, Map<string, number>> = {
      program: countBy(dataset, (l) => l.programs.map((p) => title(p.id))),
      service: countBy(dataset, (l) => l.services.map(title)),
      state: countBy(dataset, (l) => [stateName(l.state)]),
      city: countBy(dataset, (l) => [`${l.city}, ${l.state}`]),
      format: countBy(dataset, (l) =>
        l.programs.flatMap((p) => p.formats).map((f) => PROGRAM_FORMAT[f as keyof typeof PROGRAM_FORMAT]),
      ),
      ages: countBy(dataset, (l) => l.agesServed.map((a) => AGE_GROUP[a as keyof typeof AGE_GROUP])),
      payment: countBy(dataset, (l) => l.paymentAccepted.map((p) => PAYMENT_OPTION[p as keyof typeof PAYMENT_OPTION])),
      language: countBy(dataset, (l) => l.languages),
    };
    await page.goto(`${paths.search}?type=location`);
    await expect(status(page)).toHaveText(`${dataset.locations.length} results.`);
    await page.getByRole('button', { name: /^Filters/ }).click();
    for (const [facet, counts] of Object.entries(expected)) {
      const details = page.locator(`details[data-facet="${facet}"]`);
      await details.locator('summary').click();
      await expect(details.locator('label').first()).toHaveText(/\(\d+\)$/);
      // Long facets list their top values first: ask for every one.
      const more = details.getByRole('button', { name: /^Show (all|other)/ });
      for (let i = 0; i < 2 && (await more.isVisible()); i++) {
        await more.click();
        await expect(details.locator('label').first()).toHaveText(/\(\d+\)$/);
      }
      await expect
        .poll(async () => {
          const labels = await details.locator('label').allTextContents();
          return Object.fromEntries(labels.map((l) => /^(.*) \((\d+)\)$/.exec(l.trim())!.slice(1)));
        }, facet)
        .toEqual(Object.fromEntries([...counts].map(([value, n]) => [value, String(n)])));
    }
  });

  test('bad input gets a clear answer: unknown values, invisible characters, an unknown ZIP', async ({ page }) => {
    const notes = page.locator('[data-search-notes]');
    await page.goto(`${paths.search}?program=${encodeURIComponent(busy[0]!.title)}&state=%3Cscript%3Ex%3C/script%3E`);
    await expect(notes).toContainText('Unknown state ignored');
    await expect(status(page)).toHaveText(new RegExp(`^${offering(busy[0]!._id).length} places offer`));

    await page.goto(`${paths.search}?zip=00000`);
    await expect(notes).toContainText("We don't know ZIP 00000; try another or a city.");

    const nowhere = services.find((s) => offering(s._id).length === 0 && s.aliases?.length)!;
    await page.goto(`${paths.search}?q=${encodeURIComponent(`\u202e\u200b${nowhere.aliases[0]}`)}`);
    await expect(page.locator('[data-not-offered-answer]')).toBeVisible();
  });

  test('a service nobody offers answers with the referral, not a bare "no results"', async ({ page }) => {
    const nowhere = services.find((s) => offering(s._id).length === 0 && s.aliases?.length)!;
    const settings = docs.find((d) => d._type === 'siteSettings')!;
    await search(page, nowhere.aliases[0]);
    const answer = page.locator('[data-not-offered-answer]');
    await expect(answer).toBeVisible();
    await expect(answer).toContainText(settings.referralResources[0].name);
  });

  test('a program nobody runs answers with its safety line and the note, every number in them a link', async ({
    page,
  }) => {
    const nowhere = programs.find((p) => p.safetyNote && offering(p._id).length === 0)!;
    await search(page, nowhere.title);
    const answer = page.locator('[data-not-offered-answer]');
    await expect(answer).toContainText(nowhere.safetyNote);
    const notes = answer.locator('[data-not-offered-notes]');
    const numbers = (await notes.textContent())!.match(/\b(?:\d{3}[-.) ]+\d{3}[-. ]\d{4}|911|988)\b/g)!;
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers)
      await expect(notes.locator('a[href^="tel:"]').filter({ hasText: number }).first(), number).toBeVisible();
  });

  test('a search that finishes late never replaces the newer one (Back mid-search)', async ({ page }) => {
    await page.goto(`${paths.search}?program=${encodeURIComponent(busy[0]!.title)}&state=OR`);
    await expect(status(page)).toHaveText(/^\d+ places? offers?/);
    const oregonOnly = await status(page).textContent();
    const held: Promise<void>[] = [];
    let hold = true;
    await page.route('**/pagefind/fragment/**', (route) => {
      if (!hold) return route.continue();
      const released = new Promise<void>((resolve) => setTimeout(resolve, 1500)).then(() => route.continue());
      held.push(released);
      return released;
    });
    const firstHeld = page.waitForRequest('**/pagefind/fragment/**');
    await chip(page, 'Oregon').click();
    await firstHeld;
    hold = false;
    await page.goBack();
    await expect(status(page)).toHaveText(oregonOnly!);
    await Promise.all(held);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await expect(status(page)).toHaveText(oregonOnly!);
  });

  test('axe finds nothing with the sheet open and chips shown, in both color schemes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${paths.search}?q=${encodeURIComponent(`${busy[0]!.shortName} spanish`)}&zip=${zips[0]}`);
      await expect(chip(page, 'Spanish')).toBeVisible();
      await expect(results(page).first()).toBeVisible();
      expect(formatViolations(await axeViolations(page)), `${scheme}, results`).toBe('');
      await page.getByRole('button', { name: /^Filters/ }).click();
      for (const summary of await page.locator('[data-facets] summary').all()) await summary.click();
      await expect(page.locator('details[data-facet="state"] label').first()).toBeVisible();
      expect(formatViolations(await axeViolations(page)), `${scheme}, sheet open`).toBe('');
    }
  });

  test('no request leaves the origin, with filters and a ZIP', async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http')) origins.add(url.origin);
    });
    await page.goto(`${paths.search}?q=therapy&state=OR&zip=${zips[0]}&within=50`);
    await expect(status(page)).toContainText('within 50 miles');
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });
});

test('on a desktop the filters sit in a side column and results are on the first screen', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ baseURL: baseURL!, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${paths.search}?q=${encodeURIComponent(busy[0]!.shortName)}`);
  await expect(page.locator('[data-filter-column] [data-facets]')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
  const top = await results(page)
    .first()
    .evaluate((li) => li.getBoundingClientRect().top);
  expect(top).toBeLessThan(900);
  await context.close();
});

test('without JavaScript the search page says so and offers browsing', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(paths.search);
  // Playwright's text and role engines skip <noscript>; CSS still reaches what the browser rendered.
  const notice = page.locator('noscript p');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Search needs JavaScript');
  await expect(notice.locator(`a[href="${paths.locations}"]`)).toBeVisible();
  await context.close();
});
