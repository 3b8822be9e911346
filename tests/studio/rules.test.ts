import { describe, expect, test } from 'vitest';
import {
  daysSince,
  duplicateRefs,
  extensionProblem,
  geoProblem,
  hoursOrderProblem,
  offeredAndNotOffered,
  reviewAgeProblem,
  samhsaCodeProblem,
  slugProblem,
  timeProblem,
  timeZoneProblem,
  zipProblem,
} from '../../sanity/lib/rules.ts';

const ref = (id: string) => ({ _ref: id });

describe('field formats', () => {
  test('ZIP codes are 5 digits or ZIP+4', () => {
    expect(zipProblem('97204')).toBeUndefined();
    expect(zipProblem('97204-1234')).toBeUndefined();
    // Too short, letters, and a number stored without its leading zero all fail.
    for (const bad of ['9720', '97204-12', 'ABCDE', '2108']) expect(zipProblem(bad), bad).toBeDefined();
  });

  test('times are HH:MM on a 24-hour clock; only closing times may be 24:00', () => {
    expect(timeProblem('08:00')).toBeUndefined();
    expect(timeProblem('23:59')).toBeUndefined();
    expect(timeProblem('24:00')).toBeDefined();
    expect(timeProblem('24:00', { closing: true })).toBeUndefined();
    for (const bad of ['8:00', '08:60', '25:00', '08:00:00', '8am']) expect(timeProblem(bad), bad).toBeDefined();
  });

  test('closing time must come after opening time', () => {
    expect(hoursOrderProblem('08:00', '17:00')).toBeUndefined();
    expect(hoursOrderProblem('20:00', '24:00')).toBeUndefined();
    expect(hoursOrderProblem('18:00', '17:00')).toContain('18:00');
    expect(hoursOrderProblem('09:00', '09:00')).toBeDefined();
    // Missing or malformed times are reported by their own rules, not twice.
    expect(hoursOrderProblem(undefined, '17:00')).toBeUndefined();
    expect(hoursOrderProblem('9:00', '08:00')).toBeUndefined();
  });

  test('time zones must be real IANA zones', () => {
    expect(timeZoneProblem('America/Los_Angeles')).toBeUndefined();
    expect(timeZoneProblem('America/Boise')).toBeUndefined();
    expect(timeZoneProblem('UTC')).toBeUndefined();
    // A link name Intl still understands is accepted.
    expect(timeZoneProblem('US/Pacific')).toBeUndefined();
    // Made-up zones, abbreviations and UTC offsets are not IANA names.
    for (const bad of ['America/Portland', 'Mars/Olympus_Mons', 'PST', '+01:00', '', 'america los angeles'])
      expect(timeZoneProblem(bad), bad).toBeDefined();
  });

  test('slugs are lower-case kebab-case', () => {
    expect(slugProblem('intensive-outpatient')).toBeUndefined();
    expect(slugProblem('clinic-2')).toBeUndefined();
    for (const bad of ['Intensive', 'two  words', 'trailing-', '-leading', 'double--hyphen', 'snake_case'])
      expect(slugProblem(bad), bad).toBeDefined();
  });

  test('extensions are digits; SAMHSA codes upper-case letters and digits', () => {
    expect(extensionProblem('204')).toBeUndefined();
    expect(extensionProblem('x204')).toBeDefined();
    expect(samhsaCodeProblem('OIT')).toBeUndefined();
    expect(samhsaCodeProblem('oit')).toBeDefined();
    expect(samhsaCodeProblem('O-IT')).toBeDefined();
  });

  test('geopoints stay on the globe', () => {
    expect(geoProblem({ lat: 45.5, lng: -122.6 })).toBeUndefined();
    expect(geoProblem({ lat: 91, lng: 0 })).toContain('latitude');
    expect(geoProblem({ lat: 0, lng: -181 })).toContain('longitude');
    expect(geoProblem({ lng: 0 })).toContain('latitude');
  });
});

describe('location lists', () => {
  test('finds programs and services both offered and not offered, once each', () => {
    const offered = [ref('program.iop'), ref('service.a'), ref('service.b'), ref('service.c')];
    const notOffered = [{ item: ref('service.c') }, { item: ref('program.iop') }, { item: ref('service.c') }];
    // In the order they are offered, without repeats.
    expect(offeredAndNotOffered(offered, notOffered)).toEqual(['program.iop', 'service.c']);
    expect(offeredAndNotOffered(offered, [{ item: ref('service.d') }])).toEqual([]);
    // Half-filled items (no reference picked yet) and missing lists are not overlaps.
    expect(offeredAndNotOffered([{}], [{}])).toEqual([]);
    expect(offeredAndNotOffered(undefined, undefined)).toEqual([]);
  });

  test('finds references listed more than once', () => {
    expect(duplicateRefs([ref('p.a'), ref('p.b'), ref('p.a'), ref('p.a'), undefined, {}])).toEqual(['p.a']);
    expect(duplicateRefs([ref('p.a'), ref('p.b')])).toEqual([]);
    expect(duplicateRefs(undefined)).toEqual([]);
  });
});

describe('review age', () => {
  const today = new Date('2026-11-26T15:00:00Z');

  test('counts whole days in UTC', () => {
    expect(daysSince('2026-11-26', today)).toBe(0);
    expect(daysSince('2026-11-25', today)).toBe(1);
    expect(daysSince('2025-11-26', today)).toBe(365);
    expect(daysSince('26/11/2026', today)).toBeUndefined();
  });

  test('warns only past 180 days', () => {
    expect(reviewAgeProblem('2026-05-30', today)).toBeUndefined(); // 180 days
    expect(reviewAgeProblem('2026-05-29', today)).toMatch(/181 days/);
    // A future date (a typo, or a planned review) is not stale.
    expect(reviewAgeProblem('2027-01-01', today)).toBeUndefined();
  });
});
