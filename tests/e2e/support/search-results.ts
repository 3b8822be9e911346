import { expect, type Page } from '@playwright/test';

/** The search page's result cards and status line, as tests and tools find them. */
export const results = (page: Page) => page.locator('[data-search-results] > li');
export const status = (page: Page) => page.locator('[data-search-status]');

/** The names of every result, in order, after loading each further page with the "more results" button. */
export async function names(page: Page) {
  const more = page.locator('[data-load-more]');
  while (await more.isVisible()) {
    const shown = await results(page).count();
    await more.click();
    await expect(results(page)).not.toHaveCount(shown);
  }
  return results(page).evaluateAll((items) => items.map((li) => li.querySelector('a')!.textContent));
}
