import { describe, expect, test } from 'vitest';
import { formatDays, formatHours, isOpenAt, wallClock } from '../../src/domain/hours.ts';

const weekdays = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, opens: '08:00', closes: '17:00' };

describe('opening hours', () => {
  test('consecutive days read as a range, others as a list', () => {
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Monday–Friday');
    expect(formatDays(['sat', 'sun'])).toBe('Saturday, Sunday');
    expect(formatDays(['mon', 'wed', 'thu', 'fri'])).toBe('Monday, Wednesday–Friday');
    expect(formatDays(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBe('Every day');
  });

  test('times read as people say them; round the clock says so', () => {
    expect(formatHours({ ...weekdays, days: [...weekdays.days], opens: '08:30', closes: '21:00' })).toBe(
      'Monday–Friday: 8:30 AM – 9 PM',
    );
    expect(formatHours({ days: ['sat'], opens: '00:00', closes: '24:00' })).toBe('Saturday: open 24 hours');
    expect(formatHours({ days: ['sat'], opens: '12:00', closes: '13:15' })).toBe('Saturday: 12 PM – 1:15 PM');
  });

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
});
