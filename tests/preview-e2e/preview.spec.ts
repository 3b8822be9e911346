import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { PREVIEW_SECRET, STUDIO_URL } from '../../playwright.preview.config.ts';
import { axeViolations, formatViolations } from '../e2e/support/axe.ts';
import { DRAFT, LOCATION } from './support/drafts-dataset.ts';

const BANNER = 'Preview — unpublished changes';
const bearer = { Authorization: `Bearer ${PREVIEW_SECRET}` };

test.describe('the draft preview server', () => {
  test('shows a draft’s new name and phone on every page that lists the location', async ({ page }) => {
    await page.goto(`/?secret=${PREVIEW_SECRET}`);
    expect(new URL(page.url()).search, 'the secret leaves the address bar').toBe('');
    await expect(page.getByText(BANNER)).toBeVisible();
    await expect(page.getByRole('main')).toContainText(DRAFT.name);

    await page.goto(`/locations/${LOCATION.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT.name);
    await expect(page.locator(`main a[href="tel:${DRAFT.phone}"]`).first()).toContainText(DRAFT.phoneText);

    for (const path of ['/programs/intensive-outpatient/', '/states/wa/']) {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: DRAFT.name })).toBeVisible();
      await expect(main, `${path} no longer shows the published name`).not.toContainText(LOCATION.name);
    }
    await expect(page.getByRole('main')).toContainText(DRAFT.phoneText);
  });

  test('a Spanish page shows the draft too, and a missing page answers 404 in its own language', async ({
    page,
    request,
  }) => {
    await page.goto(`/es/locations/${LOCATION.slug}/?secret=${PREVIEW_SECRET}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT.name);
    for (const [path, lang] of [
      ['/es/no-such-page/', 'es'],
      ['/es/programs/no-such-program/', 'es'],
      ['/programs/no-such-program/', 'en'],
      ['/fr/', 'en'],
    ] as const) {
      const response = await request.get(path, { headers: bearer });
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain(`<html lang="${lang}"`);
    }
  });

  test('without the secret: 401 and no content, for pages and files alike', async ({ request }) => {
    for (const path of ['/', `/locations/${LOCATION.slug}/`, '/favicon.svg', '/?secret=wrong']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(401);
      const body = await response.text();
      expect(body).not.toContain(DRAFT.name);
      expect(body).not.toContain('<html');
    }
    const wrongBearer = await request.get('/', { headers: { Authorization: 'Bearer nope' } });
    expect(wrongBearer.status()).toBe(401);
  });

  test('every response is noindex, frameable by the Studio only, with the banner on every page', async ({
    request,
  }) => {
    for (const path of ['/', '/programs/', '/locations/', `/locations/${LOCATION.slug}/`, '/services/', '/search/']) {
      const response = await request.get(path, { headers: bearer });
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['x-robots-tag'], path).toBe('noindex');
      expect(headers['x-frame-options'], path).toBeUndefined();
      expect(headers['content-security-policy'], path).toContain(`frame-ancestors 'self' ${STUDIO_URL}`);
      expect(headers['content-security-policy'], path).not.toContain('unsafe-inline');
      expect(await response.text(), path).toContain(BANNER);
    }
    const unknown = await request.get('/locations/no-such-place/', { headers: bearer });
    expect(unknown.status()).toBe(404);
    expect(unknown.headers()['x-robots-tag']).toBe('noindex');
  });

  test('the search page has no Pagefind and says search works on the published site', async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.setExtraHTTPHeaders(bearer);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/search/?q=IOP');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find care');
    await expect(page.getByText('Search works on the published site')).toBeVisible();
    await expect(page.getByRole('search')).toHaveCount(0);
    expect(asked.filter((p) => p.includes('pagefind'))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the banner and the search page pass axe on a phone, in light and dark', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.setExtraHTTPHeaders(bearer);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of [`/locations/${LOCATION.slug}/`, '/search/']) {
        await page.goto(path);
        const violations = await axeViolations(page);
        expect(violations, `${path} (${colorScheme}):\n${formatViolations(violations)}`).toEqual([]);
      }
    }
  });

  test('the production build of the same dataset shows neither draft value', () => {
    const dataset = process.env.PREVIEW_E2E_DATASET!;
    const out = join(mkdtempSync(join(tmpdir(), 'preview-prod-')), 'dist');
    let text: string;
    try {
      const build = spawnSync(
        process.execPath,
        ['scripts/build.ts', '--allow-shrink', '--out', out, '--report', `${out}.report.json`],
        { env: { ...process.env, DIRECTORY_DATASET: dataset, ASTRO_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' },
      );
      expect(build.status, build.stdout + build.stderr).toBe(0);
      expect(build.stdout, 'the build counted the draft and left it out').toContain('left out 1 drafts');
      const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|json|xml)$/.test(f));
      text = files.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    } finally {
      rmSync(dirname(out), { recursive: true, force: true });
    }
    expect(text, 'the published values are there').toContain(LOCATION.name);
    for (const value of [DRAFT.name, DRAFT.phone, DRAFT.phoneText]) expect(text).not.toContain(value);
  });
});
