import { resolve } from 'node:path';
import { expect, test, type Request } from '@playwright/test';
import { axeViolations, formatViolations } from './support/axe.ts';
import { crisisLineProblems, skipLinkProblems, structureProblems } from './support/page-checks.ts';
import { siteUrlPaths } from './support/site-urls.ts';

// The preview server serves dist/ (E2E_DIST_DIR when it serves another build), so the pages to visit come from
// the same build, read when the tests are collected.
const paths = siteUrlPaths(resolve(import.meta.dirname, '../..', process.env.E2E_DIST_DIR ?? 'dist'));

const SCHEMES = ['light', 'dark'] as const;

/** Requests a page may make: to its own origin, or inline data (`data:`, `blob:`). */
function isAllowed(url: URL, origin: string): boolean {
  return url.protocol === 'data:' || url.protocol === 'blob:' || url.origin === origin;
}

test.describe('every page', () => {
  for (const path of paths) {
    test(path, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const requests: string[] = [];
      const failed: string[] = [];
      page.on('request', (request: Request) => requests.push(request.url()));
      // Recorded above, then refused: a test run must not reach out to third parties (nor wait on them offline).
      await page.route(
        (url) => !isAllowed(url, origin),
        (route) => route.abort('blockedbyclient'),
      );
      page.on('requestfailed', (request) => {
        if (isAllowed(new URL(request.url()), origin))
          failed.push(`${request.url()} (${request.failure()?.errorText})`);
      });
      page.on('response', (response) => {
        // The page's own status is asserted after goto; this catches its assets, fonts and fetches.
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          failed.push(`${response.url()} (HTTP ${response.status()})`);
        }
      });

      // Reduced motion, so a colour transition cannot leave axe measuring a half-switched scheme.
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      const response = await page.goto(path);
      expect(response?.status(), `${path} is served (a missing page would be checked as the 404 page)`).toBe(200);

      // Soft assertions: one run reports every kind of problem a page has, not just the first.
      expect.soft(await skipLinkProblems(page), 'skip link').toEqual([]);
      expect.soft(await structureProblems(page), 'one h1 and a lang attribute').toEqual([]);
      expect.soft(await crisisLineProblems(page), 'crisis line').toEqual([]);

      for (const colorScheme of SCHEMES) {
        await page.emulateMedia({ colorScheme });
        // Let the new scheme's styles apply before axe reads computed colours.
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const violations = await axeViolations(page);
        expect
          .soft(violations.length, `axe (${colorScheme} scheme) on ${path}:\n${formatViolations(violations)}`)
          .toBe(0);
      }

      // Late requests (lazy images, scripts fetching data) count too: wait until the network has been quiet.
      await page.waitForLoadState('networkidle');
      const foreign = requests.filter((url) => !isAllowed(new URL(url), origin));
      expect.soft(foreign, `requests to other origins than ${origin}`).toEqual([]);
      expect.soft(failed, 'failed subresource requests').toEqual([]);
    });
  }
});
