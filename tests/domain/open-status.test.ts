import { describe, expect, test } from 'vitest';
import { openStatus, todayHours } from '../../src/domain/open-status.ts';

const weekdays = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, opens: '08:00', closes: '17:00' };
const hours = [{ ...weekdays, days: [...weekdays.days] }];
const zone = 'America/Los_Angeles';
// 2026-11-30 is a Monday; Los Angeles is UTC-8 then.
const at = (utc: string) => new Date(utc);

describe('open status on the location’s own clock', () => {
  test('open now during hours', () => {
    expect(openStatus('open', hours, zone, at('2026-11-30T18:00:00Z'))).toEqual({
      operating: true,
      label: 'Open now',
      tone: 'open',
    });
  });

  test('closed now says when it opens: later today, tomorrow, after the weekend', () => {
    expect(openStatus('open', hours, zone, at('2026-11-30T15:00:00Z')).label).toBe('Closed now – opens 8 AM');
    expect(openStatus('open', hours, zone, at('2026-12-01T03:00:00Z')).label).toBe('Closed now – opens Tue 8 AM');
    expect(openStatus('open', hours, zone, at('2026-12-05T20:00:00Z')).label).toBe('Closed now – opens Mon 8 AM');
  });

  test('a location with no hours is closed without a time; the status wins over the hours', () => {
    expect(openStatus('open', [], zone, at('2026-11-30T18:00:00Z')).label).toBe('Closed now');
    expect(openStatus('temporarily-closed', hours, zone, at('2026-11-30T18:00:00Z'))).toMatchObject({
      operating: false,
      label: 'Temporarily closed',
    });
    expect(openStatus('opening-soon', hours, zone, at('2026-11-30T18:00:00Z'))).toMatchObject({
      operating: false,
      label: 'Opening soon',
    });
  });

  test('another zone, same instant', () => {
    // 16:30 UTC is 8:30 AM in Los Angeles but 11:30 AM in New York: both open; at 14:00 UTC only New York is.
    expect(openStatus('open', hours, 'America/New_York', at('2026-11-30T14:00:00Z')).label).toBe('Open now');
    expect(openStatus('open', hours, zone, at('2026-11-30T14:00:00Z')).label).toBe('Closed now – opens 8 AM');
  });
});

describe("today's hours", () => {
  test('lists today’s spans, or nothing on a closed day', () => {
    const split = [...hours, { days: ['mon' as const], opens: '18:00', closes: '21:00' }];
    expect(todayHours(split, zone, at('2026-11-30T18:00:00Z'))).toBe('Today 8 AM – 5 PM, 6 PM – 9 PM');
    expect(todayHours(hours, zone, at('2026-12-05T18:00:00Z'))).toBeUndefined();
    expect(todayHours([{ days: ['sat'], opens: '00:00', closes: '24:00' }], zone, at('2026-12-05T18:00:00Z'))).toBe(
      'Today open 24 hours',
    );
  });
});
