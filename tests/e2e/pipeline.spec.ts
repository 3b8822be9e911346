import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BUNDLED_DATASET } from '../../src/content-source/config.ts';
import { parseNdjson } from '../../src/content-source/ndjson.ts';

// What the bundled dataset holds, read independently of the site's own loader.
const documents = parseNdjson(readFileSync(process.env.DIRECTORY_DATASET ?? BUNDLED_DATASET, 'utf8')).documents.filter(
  (d) => !d._id.startsWith('drafts.'),
);
const titles = (type: string, field: string) => documents.filter((d) => d._type === type).map((d) => String(d[field]));

test('the home page lists every location and program from the dataset', async ({ page }) => {
  await page.goto('/');
  const locations = page.getByTestId('locations').getByRole('listitem');
  const programs = page.getByTestId('programs').getByRole('listitem');
  await expect(locations, 'one list item per published location').toHaveCount(titles('location', 'name').length);
  await expect(programs, 'one list item per published program').toHaveCount(titles('program', 'title').length);
  for (const name of titles('location', 'name')) await expect(locations.filter({ hasText: name }), name).toHaveCount(1);
});

test('the crisis line is on the page, apart from the content', async ({ page }) => {
  await page.goto('/');
  const crisis = page.getByRole('complementary', { name: 'Crisis help' });
  await expect(crisis.getByRole('link', { name: 'text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(crisis.getByRole('link', { name: 'Call' })).toHaveAttribute('href', 'tel:988');
});
