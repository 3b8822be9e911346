import { expect, test, type Page } from '@playwright/test';
import { loadDirectory } from '../../src/content-source/load.ts';
import { paths } from '../../src/domain/urls.ts';
import type { Weekday } from '../../src/domain/vocabulary.ts';

/*
 * "Open now" on a location page, with the instants worked out by hand from fixed UTC offsets (Los Angeles: PDT
 * UTC−7 from 2026-03-08 03:00, PST UTC−8 from 2026-11-01 02:00; Phoenix UTC−7 all year; Tokyo UTC+9), not
 * through the code under test.
 */
const directory = await loadDirectory();
// A Los Angeles location open on Sundays from a time after both clock changes (02:00–03:00) and not all day.
const found = directory.locations.flatMap((l) =>
  l.timeZone === 'America/Los_Angeles'
    ? l.hours
        .filter((h) => h.days.includes('sun') && h.opens >= '03:00' && h.opens <= '14:00')
        .map((h) => [l, h] as const)
    : [],
)[0];
if (!found) throw new Error('These tests need a location in America/Los_Angeles open on Sundays.');
const [clinic, sunday] = found;

/** The instant a wall clock `utcOffset` hours from UTC reads `hhmm` on `date`. */
const instant = (date: string, hhmm: string, utcOffset: number, plusMinutes = 0) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return new Date(Date.parse(`${date}T00:00:00Z`) + ((h - utcOffset) * 60 + m + plusMinutes) * 6e4);
};
/** Whether the listed hours cover `time` on `day`: the answer a page judging by the wrong clock would give. */
const listedOpen = (day: Weekday, time: string) =>
  clinic.hours.some((h) => h.days.includes(day) && h.opens <= time && time < h.closes);
const minutesBefore = (hhmm: string, minutes: number) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const total = h * 60 + m - minutes;
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
};

async function openNowAt(page: Page, at: Date) {
  await page.clock.setFixedTime(at);
  await page.goto(paths.location(clinic.slug));
  return page.locator('[data-open-now]');
}

test('just before opening on a Sunday, the hours themselves say closed (so only the clock decides)', () => {
  expect(listedOpen('sun', minutesBefore(sunday.opens, 30))).toBe(false);
});

test.describe('a visitor in Tokyo', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test("sees the location's answer, not their own clock's", async ({ page }) => {
    // Sunday at opening in Los Angeles (PST) is Monday, 17 hours later, in Tokyo.
    const opening = instant('2026-11-22', sunday.opens, -8);
    const tokyo = new Date(opening.getTime() + 9 * 36e5).toISOString().slice(11, 16);
    expect(listedOpen('mon', tokyo), `Tokyo's clock (Monday ${tokyo}) would say closed`).toBe(false);
    await expect(await openNowAt(page, opening)).toHaveText('Open now');
  });

  test('spring forward: on the first day of daylight time, open from opening time on the new clock', async ({
    page,
  }) => {
    await expect(await openNowAt(page, instant('2026-03-08', sunday.opens, -7))).toHaveText('Open now');
    // One minute earlier it is still closed; on the old clock (PST) this instant would be an hour earlier still.
    await expect(await openNowAt(page, instant('2026-03-08', sunday.opens, -7, -1))).toHaveText('Closed now');
  });
});

test.describe('a visitor in Phoenix (no daylight time)', () => {
  test.use({ timezoneId: 'America/Phoenix' });

  test('fall back: on the first day of standard time, closed until opening time on the new clock', async ({ page }) => {
    // Half an hour before opening in Los Angeles (PST) is half an hour after it on Phoenix's clock (UTC−7),
    // and on Los Angeles's old clock (PDT).
    await expect(await openNowAt(page, instant('2026-11-01', sunday.opens, -8, -30))).toHaveText('Closed now');
    await expect(await openNowAt(page, instant('2026-11-01', sunday.opens, -8))).toHaveText('Open now');
  });
});
