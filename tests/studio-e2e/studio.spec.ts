import { expect, test } from './support/offline-studio.ts';

test('the desk lists locations grouped by state', async ({ page }) => {
  await page.goto('/structure');
  await page.getByRole('link', { name: 'Locations' }).click();
  await expect(page.getByRole('link', { name: 'Oregon' })).toBeVisible();
  await page.screenshot({ path: '/tmp/studio-shots/desk.png' });
});
