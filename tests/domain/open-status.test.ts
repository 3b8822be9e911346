import { describe, expect, test } from 'vitest';
import { openStatus, todayHours } from '../../src/domain/open-status.ts';
import { time as en } from '../../src/i18n/en/index.ts';
import { time as es } from '../../src/i18n/es/index.ts';

const weekdays = { days: ['mon', 'tue', 'wed', 'thu', 'fri'] as const, opens: '08:00', closes: '17:00' };
const hours = [{ ...weekdays, days: [...weekdays.days] }];
const zone = 'America/Los_Angeles';
// 2026-11-30 is a Monday; Los Angeles is UTC-8 then.
const at = (utc: string) => new Date(utc);

describe('open status on the location’s own clock', () => {
  test('open now during hours', () => {
    expect(openStatus(en, 'open', hours, zone, at('2026-11-30T18:00:00Z'))).toEqual({
      operating: true,
      label: 'Open now',
      tone: 'open',
    });
  });

  test('closed now says when it opens: later today, tomorrow, after the weekend', () => {
    expect(openStatus(en, 'open', hours, zone, at('2026-11-30T15:00:00Z')).label).toBe('Closed now – opens 8 AM');
    expect(openStatus(en, 'open', hours, zone, at('2026-12-01T03:00:00Z')).label).toBe('Closed now – opens Tue 8 AM');
    expect(openStatus(en, 'open', hours, zone, at('2026-12-05T20:00:00Z')).label).toBe('Closed now – opens Mon 8 AM');
  });

  test('a location with no hours is closed without a time; the status wins over the hours', () => {
    expect(openStatus(en, 'open', [], zone, at('2026-11-30T18:00:00Z')).label).toBe('Closed now');
    expect(openStatus(en, 'temporarily-closed', hours, zone, at('2026-11-30T18:00:00Z'))).toMatchObject({
      operating: false,
      label: 'Temporarily closed',
    });
    expect(openStatus(en, 'opening-soon', hours, zone, at('2026-11-30T18:00:00Z'))).toMatchObject({
      operating: false,
      label: 'Opening soon',
    });
  });

  test('another zone, same instant', () => {
    // 16:30 UTC is 8:30 AM in Los Angeles but 11:30 AM in New York: both open; at 14:00 UTC only New York is.
    expect(openStatus(en, 'open', hours, 'America/New_York', at('2026-11-30T14:00:00Z')).label).toBe('Open now');
    expect(openStatus(en, 'open', hours, zone, at('2026-11-30T14:00:00Z')).label).toBe('Closed now – opens 8 AM');
  });
});

describe("today's hours", () => {
  test('lists today’s spans, or nothing on a closed day', () => {
    const split = [...hours, { days: ['mon' as const], opens: '18:00', closes: '21:00' }];
    expect(todayHours(en, split, zone, at('2026-11-30T18:00:00Z'))).toBe('Today 8 AM – 5 PM, 6 PM – 9 PM');
    expect(todayHours(en, hours, zone, at('2026-12-05T18:00:00Z'))).toBeUndefined();
    expect(todayHours(en, [{ days: ['sat'], opens: '00:00', closes: '24:00' }], zone, at('2026-12-05T18:00:00Z'))).toBe(
      'Today open 24 hours',
    );
  });
});

describe('in Spanish', () => {
  test('the badge and today’s hours read in Spanish, on the same clock', () => {
    expect(openStatus(es, 'open', hours, zone, at('2026-11-30T18:00:00Z')).label).toBe('Abierto ahora');
    expect(openStatus(es, 'open', hours, zone, at('2026-12-01T03:00:00Z')).label).toBe(
      'Cerrado ahora: abre mar 8 a.m.',
    );
    expect(openStatus(es, 'opening-soon', hours, zone, at('2026-11-30T18:00:00Z')).label).toBe('Abrirá pronto');
    expect(openStatus(es, 'temporarily-closed', hours, zone, at('2026-11-30T18:00:00Z')).label).toBe(
      'Cerrado por ahora',
    );
    expect(todayHours(es, hours, zone, at('2026-11-30T18:00:00Z'))).toBe('Hoy de 8 a.m. a 5 p.m.');
  });
});
