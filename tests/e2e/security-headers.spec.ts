import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { siteHeaders } from '../../scripts/lib/headers-file.ts';
import { builtPage, observatoryGrade } from '../../scripts/lib/observatory.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { loadDirectory } from '../../src/content-source/load.ts';
import { paths } from '../../src/domain/urls.ts';
import { twinOf } from './support/language-twins.ts';

// The built site served with the headers of dist/_headers applied, as Netlify or Cloudflare Pages would.
const headers = siteHeaders(join('dist', '_headers'));
const directory = await loadDirectory();
let server: StaticServer;
test.beforeAll(async () => {
  server = await serveStatic(join(process.cwd(), 'dist'), headers);
});
test.afterAll(() => server.close());

/** Opens a page and collects every CSP violation the browser reports, and every request's origin. */
async function visit(page: Page, path: string) {
  const origins = new Set<string>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith('http')) origins.add(url.origin);
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(`${server.url}${path}`);
  return {
    response,
    origins,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

const pageTypes = [
  paths.home,
  paths.program(directory.programs[0]!.slug),
  paths.location(directory.locations[0]!.slug),
  paths.service(directory.services[0]!.slug),
  paths.locations,
  paths.state(directory.locations[0]!.address.state),
  paths.programs,
  paths.services,
  '/no-such-page/',
];
/** The Spanish pages load their own search index and scripts: their twins, and a missing page under /es/. */
const spanish = pageTypes.map((path) => (path === '/no-such-page/' ? '/es/no-such-page/' : twinOf(path)));

test("the headers grade A+ by MDN's HTTP Observatory rules", () => {
  const { grade, tests } = observatoryGrade(headers, builtPage('dist'));
  expect(grade, tests.map((t) => `${t.name} ${t.modifier}: ${t.result}`).join('\n')).toBe('A+');
  expect(headers['content-security-policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
});

for (const path of [...pageTypes, ...spanish])
  test(`no CSP violation and no other origin on ${path}`, async ({ page }) => {
    const { response, origins, violations } = await visit(page, path);
    expect(response?.headers()['content-security-policy']).toBe(headers['content-security-policy']);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect([...origins]).toEqual([server.url]);
  });

test('search, filters and ZIP distance work under the CSP', async ({ page }) => {
  const { violations, origins } = await visit(page, `${paths.search}?q=therapy&state=OR&zip=97214&within=100`);
  await expect(page.locator('[data-search-status]')).toContainText(/^\d+ .* within 100 miles of ZIP 97214\.$/);
  await expect(page.locator('[data-search-results] > li').first()).toContainText(/\d(\.\d)? mi/);
  expect(await violations()).toEqual([]);
  expect([...origins]).toEqual([server.url]);
});

test('"Use my location" works under the CSP and Permissions-Policy', async ({ browser }) => {
  const context = await browser.newContext({
    geolocation: { latitude: 45.52, longitude: -122.68 },
    permissions: ['geolocation'],
  });
  const page = await context.newPage();
  const { violations } = await visit(page, `${paths.search}?q=iop`);
  await expect(page.locator('[data-search-status]')).toContainText('places offer');
  await page.getByRole('button', { name: 'Use my location' }).click();
  await expect(page.locator('[data-search-status]')).toContainText('nearest to your location first');
  await expect(page.locator('[data-search-results] > li').first()).toContainText(/\d(\.\d)? mi/);
  expect(await violations()).toEqual([]);
  await context.close();
});
