/**
 * The Playwright fixture for the Studio offline: one local server (Studio + Content Lake) per worker, seeded from
 * the bundled dataset, and a guard on every page that answers nothing outside this machine. Sanity's static
 * hosts the Studio loads extras from (bridge script, fonts, the auto-update check) get a 404; any other request
 * to a Sanity host, or to any other remote host, is aborted and fails the test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import type { RawDocument } from '../../../src/content-source/ndjson.ts';
import { startStudioServer, type StudioServer } from './content-lake-server.ts';

export const DATASET_FILE = fileURLToPath(new URL('../../../sanity/dataset/directory.ndjson', import.meta.url));
const STUDIO_DIR = fileURLToPath(new URL('../../../sanity/dist-e2e', import.meta.url));

/** The bundled dataset the site builds from. */
export function bundledDocuments(): RawDocument[] {
  return readFileSync(DATASET_FILE, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as RawDocument);
}

// Sanity's hosts the Studio can do without: a 404 is what a blocked network gives the Studio, and it carries on without them.
const HARMLESS = [
  /^https:\/\/core\.sanity-cdn\.com\/bridge\.js/,
  /^https:\/\/design-system-static\.sanity\.io\//,
  /^https:\/\/sanity-cdn\.com\//,
  // The Studio's feedback and error reports (Sentry envelopes) go to this host whatever `apiHost` says.
  /^https:\/\/api\.sanity\.io\/vX\/intake\//,
];

const isLocal = (url: URL) => url.hostname === 'localhost' || url.hostname.endsWith('.localhost');

export const test = base.extend<{ network: { refused: string[] } }, { lake: StudioServer }>({
  lake: [
    // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature: no fixtures needed here.
    async ({}, use) => {
      const server = await startStudioServer({
        port: Number(process.env.STUDIO_E2E_PORT ?? 4323),
        studioDir: STUDIO_DIR,
        documents: bundledDocuments(),
        projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'demo1234',
        dataset: process.env.SANITY_STUDIO_DATASET || 'production',
      });
      await use(server);
      await server.close();
    },
    { scope: 'worker', auto: true },
  ],
  network: [
    async ({ page, lake }, use) => {
      const refused: string[] = [];
      const unansweredBefore = lake.unanswered.length;
      await page.context().route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (isLocal(url) || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
        if (HARMLESS.some((pattern) => pattern.test(url.href))) return route.fulfill({ status: 404, body: '' });
        refused.push(`${route.request().method()} ${url.href}`);
        return route.abort('blockedbyclient');
      });
      await use({ refused });
      expect(refused, 'requests that would have left the machine').toEqual([]);
      expect(
        lake.unanswered.slice(unansweredBefore),
        'Sanity API requests the local Content Lake cannot answer',
      ).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
