import { expect, test, type Page } from '@playwright/test';
import { loadDirectory } from '../../src/content-source/load.ts';
import { createDirectoryIndex } from '../../src/domain/directory-index.ts';
import { formatPhone } from '../../src/domain/phone.ts';
import { textDirection } from '../../src/domain/text-direction.ts';
import { paths } from '../../src/domain/urls.ts';
import { US_STATE } from '../../src/domain/vocabulary.ts';
import type { Location } from '../../src/schemas/location.ts';
import { nearestOffering, readOracleDataset } from '../support/oracles.ts';
import { axeViolations, formatViolations } from './support/axe.ts';

// What the CMS holds, through the same loader the build uses (the bundled dataset unless DIRECTORY_DATASET).
const directory = createDirectoryIndex(await loadDirectory());
const iop = directory.programs.find((p) => p.shortName === 'IOP') ?? directory.programs[0]!;
const open = directory.locations.find((l) => l.status === 'open' && l.notOffered.length > 0)!;

/** Names in the order a "where it is offered" list must show them: open places first, then by state name and city. */
const placeOrder = (locations: readonly Location[]) =>
  locations
    .map((l) => ({ l, key: [l.status === 'open' ? 0 : 1, US_STATE[l.address.state], l.address.city, l.name] }))
    .sort((a, b) => (a.key.join('\u0000') < b.key.join('\u0000') ? -1 : 1))
    .map(({ l }) => l.name);
const locationLinks = (page: Page) =>
  page.getByTestId('location-list').getByRole('link', { name: /./ }).and(page.locator('[href^="/locations/"]'));

test.describe('program page', () => {
  test('explains the program and lists where it is offered, with phones', async ({ page }) => {
    await page.goto(paths.program(iop.slug));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(iop.title);
    await expect(page.getByText(iop.summary).first()).toBeVisible();
    if (iop.minHoursPerWeek !== undefined)
      await expect(page.getByText(`At least ${iop.minHoursPerWeek} hours`, { exact: true })).toBeVisible();
    const fit = page.getByRole('region', { name: 'Is it right for you?' });
    for (const item of [...iop.suitableFor, ...iop.notSuitableFor])
      await expect(fit.getByText(item, { exact: true }), item).toBeVisible();
    const why = page.getByRole('region', { name: 'Why a clinician may recommend it' });
    for (const item of iop.reasonsRecommended) await expect(why.getByText(item, { exact: true }), item).toBeVisible();
    for (const faq of iop.faq) await expect(page.getByRole('heading', { name: faq.question })).toBeVisible();
    for (const id of iop.components) {
      const service = directory.service(id)!;
      await expect(page.getByRole('link', { name: service.title, exact: true }).first(), service.title).toBeVisible();
    }
    const offered = page.getByTestId('location-list').getByRole('listitem');
    await expect(offered).toHaveCount(directory.locationsOfferingProgram(iop._id).length);
    await expect(locationLinks(page)).toHaveText(placeOrder(directory.locationsOfferingProgram(iop._id)));
    for (const location of directory.locationsOfferingProgram(iop._id)) {
      const card = offered.filter({ hasText: location.name });
      const phone = location.admissionsPhone ?? location.mainPhone!;
      await expect(card.getByRole('link', { name: formatPhone(phone.number, phone.extension) })).toHaveAttribute(
        'href',
        `tel:${phone.number}${phone.extension ? `,${phone.extension}` : ''}`,
      );
    }
    // The way to crisis help and to a higher level of care.
    await expect(page.getByText('If you might harm yourself or someone else')).toBeVisible();
  });
});

test.describe('location page', () => {
  test('shows address, click-to-call phones, hours, programs and services', async ({ page }) => {
    await page.goto(paths.location(open.slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(open.name);
    await expect(page.locator('address[data-address]')).toContainText(open.address.street1);
    await expect(page.locator('address[data-address]')).toContainText(
      `${open.address.city}, ${open.address.state} ${open.address.zip}`,
    );
    const primary = open.admissionsPhone ?? open.mainPhone!;
    await expect(page.locator('a[data-phone="primary"]')).toHaveAttribute(
      'href',
      new RegExp(`^tel:\\${primary.number}`),
    );
    for (const entry of open.programs)
      await expect(
        page.getByRole('link', { name: new RegExp(directory.program(entry.program)!.title) }).first(),
      ).toBeVisible();
    await expect(page.getByRole('link', { name: /^Directions/ })).toHaveAttribute(
      'href',
      /^https:\/\/www\.google\.com\/maps\/dir\//,
    );
    const report = page.getByRole('link', { name: 'Report a problem with this listing' });
    await expect(report).toHaveAttribute(
      'href',
      new RegExp(`^mailto:${directory.settings.reportProblemEmail}\\?subject=.*${encodeURIComponent(open.name)}`),
    );
  });

  test('"Not offered here" is said once: a jump link on the first screen, one line per item with the nearest open location or the referral', async ({
    page,
  }) => {
    // Expected answers straight from the dataset file and a haversine of the test's own, not the site's code.
    const oracle = readOracleDataset();
    const settings = oracle.byId.get('siteSettings')!;
    await page.setViewportSize({ width: 390, height: 844 });
    for (const from of oracle.locations.filter((l) => l.notOffered.length > 0)) {
      await page.goto(paths.location(from.slug));
      const summary = page.locator('[data-not-offered-summary]');
      const programs = from.notOffered.filter((id) => oracle.byId.get(id)?._type === 'program').length;
      const services = from.notOffered.length - programs;
      const counted = (n: number, word: string) => (n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`]);
      await expect(summary, from.slug).toHaveText(
        `Not offered here: ${[...counted(programs, 'program'), ...counted(services, 'service')].join(' and ')}`,
      );
      const box = (await summary.boundingBox())!;
      expect(box.y + box.height, `${from.slug}: the summary is on the first screen`).toBeLessThanOrEqual(844);
      await expect(summary.getByRole('link')).toHaveAttribute('href', '#not-offered');

      const section = page.getByRole('region', { name: 'Not offered here' });
      await expect(section.locator('[data-not-offered-item]')).toHaveCount(from.notOffered.length);
      for (const id of from.notOffered) {
        const doc = oracle.byId.get(id)!;
        const item = section.locator(`[data-not-offered-item="${id}"]`);
        await expect(item.getByRole('link', { name: String(doc.title), exact: true })).toBeVisible();
        const [nearest] = from.geo ? nearestOffering(oracle, from.geo, id, { openOnly: true, exclude: from.id }) : [];
        if (nearest) {
          await expect(item.getByRole('link', { name: nearest.location.name, exact: true }), id).toBeVisible();
          const miles = Number.parseFloat((await item.locator('[data-miles]').textContent())!);
          expect(Math.abs(miles - nearest.miles), `${from.slug} → ${id}`).toBeLessThanOrEqual(
            nearest.miles < 10 ? 0.1 : 1,
          );
          await expect(item.locator('a[href^="tel:"]').first()).toBeVisible();
        } else await expect(item, id).toContainText('offered at none of our locations');
        // Wherever detox (a program with a safety note) is not offered, its safety line stays.
        if (doc.safetyNote) await expect(item.locator('[data-safety-note]')).toHaveText(String(doc.safetyNote));
      }
      // The organisation's note once for the whole list, never per item; no copy of the footer's list.
      const noteCount = await page.getByText(String(settings.notOfferedNote).slice(0, 60)).count();
      expect(noteCount, from.slug).toBeLessThanOrEqual(1);
      await expect(page.getByRole('heading', { name: 'Where else to find care' })).toHaveCount(0);
    }
  });

  test('"open now" is judged on the location clock', async ({ page }) => {
    // A location that is not open round the clock, so both answers can be seen.
    const clinic = directory.locations.find((l) => l.hours.length > 0 && l.hours.every((h) => h.closes !== '24:00'))!;
    const h = clinic.hours[0]!;
    // Find an instant inside the first opening-hours entry, in the location's time zone, by scanning a week.
    const start = Date.parse('2026-11-23T00:00:00Z');
    const { isOpenAt } = await import('../../src/domain/hours.ts');
    let inside: Date | undefined;
    let outside: Date | undefined;
    for (let t = start; t < start + 7 * 864e5 && (!inside || !outside); t += 15 * 6e4) {
      const at = new Date(t);
      if (isOpenAt([h], clinic.timeZone, at)) inside ??= at;
      else if (!isOpenAt(clinic.hours, clinic.timeZone, at)) outside ??= at;
    }
    await page.clock.setFixedTime(inside!);
    await page.goto(paths.location(clinic.slug));
    await expect(page.locator('[data-open-now]')).toHaveText('Open now');
    await page.clock.setFixedTime(outside!);
    await page.reload();
    await expect(page.locator('[data-open-now]')).toHaveText('Closed now');
  });
});

test.describe('service pages', () => {
  test('a service nobody offers answers with the referral, not a bare "no results"', async ({ page }) => {
    const nowhere = directory.services.find((s) => directory.locationsOfferingService(s._id).length === 0)!;
    await page.goto(paths.service(nowhere.slug));
    const box = page.getByTestId('not-offered-anywhere');
    await expect(box).toContainText(`does not offer ${nowhere.title.toLowerCase()} at any location`);
    // The organisation's note, with its numbers as links; the national resources are the footer's, listed once.
    await expect(box).toContainText(directory.settings.notOfferedNote.slice(0, 40));
    await expect(box.locator('a[href^="tel:"]').first()).toBeVisible();
    for (const resource of directory.settings.referralResources) {
      await expect(box.getByRole('link', { name: resource.name, exact: true })).toHaveAttribute(
        'href',
        '#footer-elsewhere',
      );
      if (resource.description) await expect(page.getByText(resource.description)).toHaveCount(1);
    }
  });

  test('an offered service lists the locations that offer it, in the program pages’ order', async ({ page }) => {
    // The most widely offered service, so the order has states, cities and (when the data has one) a closed place.
    const offered = directory.services
      .map((service) => ({ service, at: directory.locationsOfferingService(service._id) }))
      .sort((a, b) => b.at.length - a.at.length)[0]!;
    expect(offered.at.length).toBeGreaterThan(2);
    expect(
      offered.at.map((l) => l.name),
      'the data alone is not already in that order',
    ).not.toEqual(placeOrder(offered.at));
    await page.goto(paths.service(offered.service.slug));
    await expect(page.getByTestId('location-list').getByRole('listitem')).toHaveCount(offered.at.length);
    await expect(locationLinks(page)).toHaveText(placeOrder(offered.at));
  });
});

test('/locations/ lists the states by name with counts; each state page lists its cities and locations', async ({
  page,
}) => {
  const states = [...Map.groupBy(directory.locations, (l) => l.address.state)]
    .map(([code, locations]) => ({ code, name: US_STATE[code], locations }))
    .sort((a, b) => a.name.localeCompare(b.name));
  await page.goto(paths.locations);
  const items = page.getByTestId('states').getByRole('listitem');
  await expect(items).toHaveText(
    states.map((s) => `${s.name} (${s.locations.length} location${s.locations.length === 1 ? '' : 's'})`),
  );
  for (const [i, state] of states.entries())
    await expect(items.nth(i).getByRole('link')).toHaveAttribute('href', `/states/${state.code.toLowerCase()}/`);

  for (const state of states) {
    await page.goto(paths.state(state.code));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Locations in ${state.name}`);
    const cities = [...new Set(state.locations.map((l) => l.address.city))].sort((a, b) => a.localeCompare(b));
    await expect(page.getByRole('navigation', { name: 'Cities' }).getByRole('link')).toHaveText(cities);
    for (const location of state.locations) {
      const region = page.getByRole('region', { name: location.address.city, exact: true });
      await expect(region.getByRole('link', { name: location.name })).toHaveAttribute(
        'href',
        paths.location(location.slug),
      );
    }
  }
});

test.describe('"what + where" forms lead to search with both filled in', () => {
  test('the home page: what and where side by side, and "Use my location"', async ({ page }) => {
    await page.goto('/');
    const form = page.getByRole('search', { name: 'Find care' });
    const what = form.getByRole('searchbox', { name: 'What' });
    const where = form.getByRole('textbox', { name: 'Where' });
    const [whatBox, whereBox] = [(await what.boundingBox())!, (await where.boundingBox())!];
    expect(Math.abs(whatBox.y - whereBox.y), 'on one row').toBeLessThan(2);
    await what.fill('IOP');
    await where.fill('Portland, OR');
    // The request as the form sends it (the search page may rewrite its URL afterwards).
    let request = page.waitForRequest((r) => new URL(r.url()).pathname === paths.search);
    await where.press('Enter');
    expect(new URL((await request).url()).search).toBe('?q=IOP&where=Portland%2C+OR');

    await page.goto('/');
    request = page.waitForRequest((r) => new URL(r.url()).pathname === paths.search);
    await page.getByRole('button', { name: 'Use my location' }).click();
    expect(new URL((await request).url()).searchParams.get('near')).toBe('me');
  });

  test('a program page: "Find … near you" searches that program near a ZIP or city', async ({ page }) => {
    await page.goto(paths.program(iop.slug));
    const form = page.getByRole('search', { name: `Find ${iop.title}` });
    await expect(page.getByRole('heading', { name: `Find ${iop.shortName} near you` })).toBeVisible();
    await form.getByRole('textbox', { name: 'ZIP or city' }).fill('97214');
    const request = page.waitForRequest((r) => new URL(r.url()).pathname === paths.search);
    await form.getByRole('button', { name: 'Find' }).click();
    const params = new URL((await request).url()).searchParams;
    expect([params.get('program'), params.get('where')]).toEqual([iop.title, '97214']);
  });
});

test('keyboard only: from the home page to a location phone link', async ({ page }) => {
  await page.goto('/');
  const target = directory.locations.find((l) => l.admissionsPhone)!;
  const focusedHref = () =>
    page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
  // Tab to the location's link, follow it with Enter, then Tab to its admissions number.
  for (let i = 0; i < 200 && (await focusedHref()) !== paths.location(target.slug); i++)
    await page.keyboard.press('Tab');
  expect(await focusedHref(), 'the location link is reachable by Tab').toBe(paths.location(target.slug));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${paths.location(target.slug)}$`));
  for (let i = 0; i < 200 && !(await focusedHref())?.startsWith(`tel:${target.admissionsPhone!.number}`); i++)
    await page.keyboard.press('Tab');
  expect(await focusedHref(), 'the admissions number is reachable by Tab').toMatch(
    `tel:${target.admissionsPhone!.number}`,
  );
});

test('unknown URLs get the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'browse locations' })).toBeVisible();
});

test('language assistance on a phone: each tagline in its own language with a Call button, no axe violation', async ({
  page,
}) => {
  const assistance = directory.languageAssistance!;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Language assistance' }).click();
  await expect(page).toHaveURL(/\/language-assistance\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Language assistance');
  const taglines = page.locator('[data-tagline]');
  await expect(taglines).toHaveCount(assistance.taglines.length);
  for (const [i, tagline] of assistance.taglines.entries()) {
    const item = taglines.nth(i);
    await expect(item).toHaveAttribute('lang', tagline.language);
    await expect(item).toHaveAttribute('dir', textDirection(tagline.language));
    const call = item.locator(`a.call-button[href="tel:${tagline.phone.number}"]`);
    const box = (await call.boundingBox())!;
    expect(box.height, tagline.language).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width, `${tagline.language}: the Call button fits the screen`).toBeLessThanOrEqual(390);
  }
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const violations = await axeViolations(page);
    expect(violations.length, `axe (${colorScheme} scheme):\n${formatViolations(violations)}`).toBe(0);
  }
});
