import { describe, expect, test } from 'vitest';
import { isOpenAt, wallClock } from '../../src/domain/hours.ts';

const weekdays = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, opens: '08:00', closes: '17:00' };

describe('opening hours', () => {
  test('the wall clock is read in the location time zone, not the visitor one', () => {
    // 2026-11-26 (a Thursday) 01:30 UTC is Wednesday 17:30 in Los Angeles and Wednesday 20:30 in New York.
    const instant = new Date('2026-11-26T01:30:00Z');
    expect(wallClock(instant, 'America/Los_Angeles')).toEqual({ day: 'wed', time: '17:30' });
    expect(wallClock(instant, 'America/New_York')).toEqual({ day: 'wed', time: '20:30' });
  });

  test('open now depends on the location clock', () => {
    const hours = [{ ...weekdays, days: [...weekdays.days] }];
    const instant = new Date('2026-11-25T20:00:00Z'); // Wed 12:00 in Los Angeles, Thu 05:00 in Tokyo
    expect(isOpenAt(hours, 'America/Los_Angeles', instant)).toBe(true);
    expect(isOpenAt(hours, 'Asia/Tokyo', instant)).toBe(false);
    // Closing time itself is closed.
    expect(isOpenAt(hours, 'America/Los_Angeles', new Date('2026-11-26T01:00:00Z'))).toBe(false);
    // Saturday is not listed.
    expect(isOpenAt(hours, 'America/Los_Angeles', new Date('2026-11-28T20:00:00Z'))).toBe(false);
  });

  test('a 24-hour site is open at midnight', () => {
    const hours = [
      {
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as (
          'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun'
        )[],
        opens: '00:00',
        closes: '24:00',
      },
    ];
    expect(isOpenAt(hours, 'America/Denver', new Date('2026-11-26T07:00:00Z'))).toBe(true);
  });

  // The instants below are worked out by hand: Los Angeles is UTC−8 (PST) until 2026-03-08 02:00, then UTC−7
  // (PDT) until 2026-11-01 02:00; Denver is an hour ahead of it; Phoenix is UTC−7 all year.
  test('spring forward: the clock jumps from 01:59 to 03:00, and opening time follows the new clock', () => {
    expect(wallClock(new Date('2026-03-08T09:59:00Z'), 'America/Los_Angeles')).toEqual({ day: 'sun', time: '01:59' });
    expect(wallClock(new Date('2026-03-08T10:00:00Z'), 'America/Los_Angeles')).toEqual({ day: 'sun', time: '03:00' });
    const sunday = [{ days: ['sun' as const], opens: '10:00', closes: '18:00' }];
    expect(isOpenAt(sunday, 'America/Los_Angeles', new Date('2026-03-08T16:59:00Z'))).toBe(false); // 09:59 PDT
    expect(isOpenAt(sunday, 'America/Los_Angeles', new Date('2026-03-08T17:00:00Z'))).toBe(true); // 10:00 PDT
  });

  test('fall back: 01:00–02:00 happens twice, and opening time follows the new clock', () => {
    expect(wallClock(new Date('2026-11-01T08:30:00Z'), 'America/Los_Angeles')).toEqual({ day: 'sun', time: '01:30' });
    expect(wallClock(new Date('2026-11-01T09:30:00Z'), 'America/Los_Angeles')).toEqual({ day: 'sun', time: '01:30' });
    const sunday = [{ days: ['sun' as const], opens: '10:00', closes: '18:00' }];
    expect(isOpenAt(sunday, 'America/Los_Angeles', new Date('2026-11-01T17:30:00Z'))).toBe(false); // 09:30 PST
    expect(isOpenAt(sunday, 'America/Los_Angeles', new Date('2026-11-01T18:00:00Z'))).toBe(true); // 10:00 PST
    // A night shift open 00:00–02:00 is open during both 01:30s.
    const night = [{ days: ['sun' as const], opens: '00:00', closes: '02:00' }];
    expect(isOpenAt(night, 'America/Los_Angeles', new Date('2026-11-01T08:30:00Z'))).toBe(true);
    expect(isOpenAt(night, 'America/Los_Angeles', new Date('2026-11-01T09:30:00Z'))).toBe(true);
  });

  test('Phoenix keeps standard time all year, while Denver moves', () => {
    // 2026-07-01 (a Wednesday) 19:00 UTC: 12:00 in Phoenix, 13:00 in Denver; in January both read 12:00.
    expect(wallClock(new Date('2026-07-01T19:00:00Z'), 'America/Phoenix')).toEqual({ day: 'wed', time: '12:00' });
    expect(wallClock(new Date('2026-07-01T19:00:00Z'), 'America/Denver')).toEqual({ day: 'wed', time: '13:00' });
    expect(wallClock(new Date('2026-01-07T19:00:00Z'), 'America/Phoenix')).toEqual({ day: 'wed', time: '12:00' });
    expect(wallClock(new Date('2026-01-07T19:00:00Z'), 'America/Denver')).toEqual({ day: 'wed', time: '12:00' });
    const mornings = [{ days: ['wed' as const], opens: '08:00', closes: '12:30' }];
    expect(isOpenAt(mornings, 'America/Phoenix', new Date('2026-07-01T19:00:00Z'))).toBe(true);
    expect(isOpenAt(mornings, 'America/Denver', new Date('2026-07-01T19:00:00Z'))).toBe(false);
    // Across the spring change in the rest of the country, Phoenix's clock does not move.
    expect(wallClock(new Date('2026-03-08T15:00:00Z'), 'America/Phoenix')).toEqual({ day: 'sun', time: '08:00' });
    expect(wallClock(new Date('2026-03-07T15:00:00Z'), 'America/Phoenix')).toEqual({ day: 'sat', time: '08:00' });
  });
});
