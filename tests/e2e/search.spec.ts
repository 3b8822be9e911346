import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadDirectory } from '../../src/content-source/load.ts';
import { createDirectoryIndex } from '../../src/domain/directory-index.ts';
import { distanceMiles } from '../../src/domain/geo.ts';
import { paths } from '../../src/domain/urls.ts';
import { zipShards } from '../../src/lib/zip-centroids.ts';

const directory = createDirectoryIndex(await loadDirectory());
const results = (page: Page) => page.locator('[data-search-results] > li');
const status = (page: Page) => page.locator('[data-search-status]');

/** Searches from the search page's own box, the way a visitor does. */
async function search(page: Page, query: string) {
  await page.goto(paths.search);
  await page.getByRole('searchbox', { name: 'Search programs, services and locations' }).last().fill(query);
  await page.getByRole('searchbox', { name: 'Search programs, services and locations' }).last().press('Enter');
  await expect(status(page)).toContainText(`for “${query}”`);
}

test.describe('search', () => {
  for (const program of directory.programs.filter((p) => p.aliases.length > 0).slice(0, 4)) {
    test(`"${program.shortName}" and "${program.title}" find the same program first`, async ({ page }) => {
      await search(page, program.shortName);
      const byAbbreviation = await results(page).first().getByRole('link').first().textContent();
      await search(page, program.title);
      const byName = await results(page).first().getByRole('link').first().textContent();
      expect(byAbbreviation, 'the abbreviation finds the program itself first').toContain(program.title);
      expect(byName).toBe(byAbbreviation);
    });
  }

  test('aliases managed in the CMS find what they name', async ({ page }) => {
    const program = directory.programs.find((p) =>
      p.aliases.some((a) => a.includes(' ') && !p.title.toLowerCase().includes(a.toLowerCase())),
    )!;
    const alias = program.aliases.find(
      (a) => a.includes(' ') && !program.title.toLowerCase().includes(a.toLowerCase()),
    )!;
    await search(page, alias);
    await expect(
      results(page).filter({ hasText: program.title }).first(),
      `"${alias}" finds ${program.title}`,
    ).toBeVisible();
  });

  test('each facet narrows the results to exactly its count', async ({ page }) => {
    await search(page, 'therapy');
    const before = Number(/^(\d+) results?/.exec((await status(page).textContent()) ?? '')?.[1]);
    expect(before, 'the unfiltered count').toBeGreaterThan(0);
    for (const facet of ['State', 'Payment', 'Language']) {
      await page.goto(`${paths.search}?q=therapy`);
      await expect(status(page)).toContainText('results');
      const details = page.locator('details').filter({ has: page.locator('summary', { hasText: facet }) });
      await details.locator('summary').click();
      const option = details.getByRole('checkbox').first();
      const label = await details.locator('label').first().textContent();
      const count = Number(/\((\d+)\)$/.exec(label!.trim())![1]);
      await option.check();
      await expect(status(page), `${facet}: ${label}`).toHaveText(new RegExp(`^${count} results?`));
      expect(count).toBeLessThanOrEqual(before);
    }
  });

  test('state lives in the URL: reload and back/forward restore it', async ({ page }) => {
    await page.goto(`${paths.search}?q=iop&state=OR`);
    await expect(page.locator('#search-q')).toHaveValue('iop');
    await expect(page.getByRole('checkbox', { name: /^Oregon/ })).toBeChecked();
    await expect(status(page)).toContainText('results');
    const oregonOnly = await status(page).textContent();
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /^Oregon/ })).toBeChecked();
    await expect(status(page)).toHaveText(oregonOnly!);
    await page.getByRole('checkbox', { name: /^Oregon/ }).uncheck();
    await expect(page).toHaveURL(/\/search\/\?q=iop$/);
    await page.goBack();
    await expect(page).toHaveURL(/state=OR/);
    await expect(page.getByRole('checkbox', { name: /^Oregon/ })).toBeChecked();
    await expect(status(page)).toHaveText(oregonOnly!);
  });

  test('a search that finishes late never replaces the newer one (back button mid-search)', async ({ page }) => {
    await page.goto(`${paths.search}?q=iop&state=OR`);
    await expect(status(page)).toContainText('results');
    const oregonOnly = await status(page).textContent();
    // Hold back the result fragments of the next search (all of "iop"), so it finishes after the one that follows.
    const held: Promise<void>[] = [];
    let hold = true;
    await page.route('**/pagefind/fragment/**', (route) => {
      if (!hold) return route.continue();
      const released = new Promise<void>((resolve) => setTimeout(resolve, 1500)).then(() => route.continue());
      held.push(released);
      return released;
    });
    const firstHeld = page.waitForRequest('**/pagefind/fragment/**');
    await page.getByRole('checkbox', { name: /^Oregon/ }).uncheck();
    await firstHeld;
    hold = false;
    await page.goBack();
    await expect(status(page)).toHaveText(oregonOnly!);
    await Promise.all(held);
    // Let the older search run to its end now that its fragments have arrived: it must not write anything.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await expect(status(page)).toHaveText(oregonOnly!);
    await expect(page.locator('[data-search-results] > li')).toHaveCount(Number(oregonOnly!.match(/\d+/)![0]));
  });

  test('a ZIP code sorts locations by true distance', async ({ page }) => {
    const zip = '97214';
    const [lat, lng] = zipShards().get('972')![zip]!;
    const expected = directory.locations
      .filter((l) => l.geo && l.programs.length > 0)
      .map((l) => ({ name: l.name, miles: distanceMiles({ lat, lng }, l.geo!) }))
      .sort((a, b) => a.miles - b.miles);
    await page.goto(`${paths.search}?zip=${zip}`);
    await expect(status(page)).toContainText(`near ZIP ${zip}`);
    const shown = await results(page).getByRole('link').first().allTextContents();
    const shownNames = await results(page).evaluateAll((items) =>
      items.map((li) => li.querySelector('a')!.textContent),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shownNames, 'nearest first, as measured from the dataset coordinates').toEqual(
      expected.slice(0, shownNames.length).map((e) => e.name),
    );
    await expect(results(page).first()).toContainText(/\d+(\.\d)? mi away/);
  });

  test('a named program near a ZIP code lists the locations offering it, nearest first', async ({ page }) => {
    const zip = '97214';
    const [lat, lng] = zipShards().get('972')![zip]!;
    const program = directory.programs.find((p) => directory.locationsOfferingProgram(p._id).length > 1)!;
    const expected = directory
      .locationsOfferingProgram(program._id)
      .filter((l) => l.geo)
      .map((l) => ({ name: l.name, miles: distanceMiles({ lat, lng }, l.geo!) }))
      .sort((a, b) => a.miles - b.miles);
    await page.goto(`${paths.search}?q=${encodeURIComponent(program.shortName)}&zip=${zip}`);
    await expect(status(page)).toContainText(`near ZIP ${zip}`);
    const shownNames = await results(page).evaluateAll((items) =>
      items.map((li) => li.querySelector('a')!.textContent),
    );
    expect(shownNames).toEqual(expected.map((e) => e.name));
  });

  test('many results in no order point to sorting by distance', async ({ page }) => {
    await search(page, 'therapy');
    await expect(page.locator('[data-zip-status]')).toContainText('To see the nearest first, enter a ZIP code');
    await page.locator('#search-zip').fill('97214');
    await page.locator('#search-zip').press('Enter');
    await expect(page.locator('[data-zip-status]')).toHaveText('Showing locations by distance from ZIP 97214.');
  });

  test('"within N miles" narrows to locations inside the circle', async ({ page }) => {
    const [lat, lng] = zipShards().get('972')!['97214']!;
    const inside = directory.locations.filter((l) => l.geo && distanceMiles({ lat, lng }, l.geo) <= 25);
    await page.goto(`${paths.search}?zip=97214&within=25`);
    await expect(status(page)).toHaveText(
      `${inside.length} ${inside.length === 1 ? 'result' : 'results'} within 25 miles of ZIP 97214.`,
    );
  });

  test('a service nobody offers answers with the referral, not a bare "no results"', async ({ page }) => {
    const nowhere = directory.services.find(
      (s) => directory.locationsOfferingService(s._id).length === 0 && s.aliases.length > 0,
    )!;
    await search(page, nowhere.aliases[0]!);
    const answer = page.locator('[data-not-offered-answer]');
    await expect(answer).toBeVisible();
    await expect(answer).toContainText(directory.settings.referralResources[0]!.name);
    await expect(answer.getByRole('link', { name: /FindTreatment|findtreatment/i }).first()).toBeVisible();
  });

  test('a service offered at some locations shows those locations', async ({ page }) => {
    const some = directory.services.find((s) => {
      const n = directory.locationsOfferingService(s._id).length;
      return n > 0 && n < 3;
    })!;
    await search(page, some.title);
    await expect(page.locator('[data-not-offered-answer]')).toBeHidden();
    for (const location of directory.locationsOfferingService(some._id))
      await expect(results(page).filter({ hasText: location.name }).first()).toBeVisible();
  });

  test('a named program finds every location that offers it, and no other', async ({ page }) => {
    const program = directory.programs.find((p) => directory.locationsOfferingProgram(p._id).length > 1)!;
    const offering = directory.locationsOfferingProgram(program._id);
    await page.goto(`${paths.search}?q=${encodeURIComponent(program.shortName)}&type=location`);
    await expect(status(page)).toHaveText(`${offering.length} results for “${program.shortName}”.`);
    await page
      .locator('[data-load-more]')
      .click({ timeout: 2000 })
      .catch(() => undefined);
    const shown = await results(page).evaluateAll((items) => items.map((li) => li.querySelector('a')!.textContent));
    expect(shown.sort()).toEqual(offering.map((l) => l.name).sort());
  });

  test('a named program plus a place narrows to that place', async ({ page }) => {
    const program = directory.programs.find((p) => directory.locationsOfferingProgram(p._id).length > 1)!;
    const city = directory.locationsOfferingProgram(program._id)[0]!.address.city;
    const there = directory.locationsOfferingProgram(program._id).filter((l) => l.address.city === city);
    const query = `${program.shortName} ${city}`;
    await page.goto(`${paths.search}?q=${encodeURIComponent(query)}&type=location`);
    await expect(status(page)).toHaveText(
      `${there.length} ${there.length === 1 ? 'result' : 'results'} for “${query}”.`,
    );
  });

  test('the service facet counts and narrows to the locations offering it', async ({ page }) => {
    await page.goto(`${paths.search}?state=OR`);
    const details = page.locator('details[data-facet="service"]');
    await details.locator('summary').click();
    const option = details.getByRole('checkbox').first();
    const label = (await details.locator('label').first().textContent())!.trim();
    const [, title, count] = /^(.*) \((\d+)\)$/.exec(label)!;
    const service = directory.services.find((s) => s.title === title)!;
    const expected = directory.locationsOfferingService(service._id).filter((l) => l.address.state === 'OR').length;
    expect(Number(count), `${title} in Oregon`).toBe(expected);
    await option.check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('service')).toEqual([title]);
    await expect(status(page)).toHaveText(`${expected} ${expected === 1 ? 'result' : 'results'}.`);
  });

  test('arriving with a service chosen loads only its own filter until the other choices are asked for', async ({
    page,
  }) => {
    const service = directory.services.find((s) => directory.locationsOfferingService(s._id).length > 1)!;
    const offering = directory.locationsOfferingService(service._id).length;
    const filterFiles = new Set<string>();
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterFiles.add(r.url());
    });
    await page.goto(`${paths.search}?service=${encodeURIComponent(service.title)}`);
    await expect(status(page)).toHaveText(`${offering} results.`);
    const details = page.locator('details[data-facet="service"]');
    await expect(details.getByRole('checkbox')).toHaveCount(1);
    await expect(details.getByRole('checkbox', { name: `${service.title} (${offering})` })).toBeChecked();
    expect(filterFiles.size, 'one filter file: the chosen service').toBe(1);
    await details.getByRole('button', { name: 'Show other choices' }).click();
    await expect.poll(() => details.getByRole('checkbox').count()).toBeGreaterThan(1);
    await expect(details.getByRole('checkbox', { name: `${service.title} (${offering})` })).toBeChecked();
  });

  test('keyboard only: type a search, reach the first result and its phone', async ({ page }) => {
    await page.goto(paths.search);
    await page.locator('#search-q').focus();
    await page.keyboard.type('iop');
    await page.keyboard.press('Enter');
    await expect(status(page)).toContainText('for “iop”');
    const active = () => page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null);
    for (let i = 0; i < 80 && !(await active()); i++) await page.keyboard.press('Tab');
    expect(await active(), 'a result link is reachable by Tab').toBe(true);
  });

  test('axe finds nothing with results and facets open', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${paths.search}?q=therapy&state=OR`);
      await expect(status(page)).toContainText('results');
      for (const summary of await page.locator('[data-facets] summary').all()) await summary.click();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
        scheme,
      ).toEqual([]);
    }
  });

  test('no request leaves the origin, with filters and a ZIP', async ({ page, baseURL }) => {
    const origins = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http')) origins.add(url.origin);
    });
    await page.goto(`${paths.search}?q=therapy&state=OR&zip=97214&within=50`);
    await expect(status(page)).toContainText('within 50 miles');
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });
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
