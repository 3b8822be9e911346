import { describe, expect, test } from 'vitest';
import { time as en } from '../../src/i18n/en/index.ts';
import { time as es } from '../../src/i18n/es/index.ts';
import { formatClock, formatDate, formatDays, formatHours, formatMiles, weekdayName } from '../../src/i18n/format.ts';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

describe('formatting in English', () => {
  test('consecutive days read as a range, others as a list', () => {
    expect(formatDays(en, weekdays)).toBe('Monday–Friday');
    expect(formatDays(en, ['sat', 'sun'])).toBe('Saturday, Sunday');
    expect(formatDays(en, ['mon', 'wed', 'thu', 'fri'])).toBe('Monday, Wednesday–Friday');
    expect(formatDays(en, ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBe('Every day');
  });

  test('times read as people say them, with a plain space; round the clock says so', () => {
    expect(formatHours(en, { days: weekdays, opens: '08:30', closes: '21:00' })).toBe('Monday–Friday: 8:30 AM – 9 PM');
    expect(formatHours(en, { days: ['sat'], opens: '00:00', closes: '24:00' })).toBe('Saturday: open 24 hours');
    expect(formatHours(en, { days: ['sat'], opens: '12:00', closes: '13:15' })).toBe('Saturday: 12 PM – 1:15 PM');
    expect(formatClock(en, '24:00')).toBe('midnight');
    expect(weekdayName(en, 'thu', 'short')).toBe('Thu');
  });

  test('dates and distances', () => {
    expect(formatDate(en, '2026-03-14')).toBe('March 14, 2026');
    expect(formatMiles(en, 0.42)).toBe('0.4 mi');
    expect(formatMiles(en, 12.6)).toBe('13 mi');
    expect(formatMiles(en, 1234.4)).toBe('1234 mi');
  });
});

describe('formatting in Spanish (US)', () => {
  test('days are lower case and a range reads "de … a …"', () => {
    expect(formatDays(es, weekdays)).toBe('de lunes a viernes');
    expect(formatDays(es, ['sat', 'sun'])).toBe('sábado, domingo');
    expect(formatDays(es, ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'])).toBe('Todos los días');
  });

  test('hours as Spanish speakers in the US read them', () => {
    expect(formatHours(es, { days: weekdays, opens: '08:30', closes: '21:00' })).toBe(
      'de lunes a viernes: de 8:30 a.m. a 9 p.m.',
    );
    expect(formatHours(es, { days: ['sat'], opens: '00:00', closes: '24:00' })).toBe('sábado: abierto las 24 horas');
    expect(formatClock(es, '00:00')).toBe('medianoche');
    expect(weekdayName(es, 'tue', 'short')).toBe('mar');
  });

  test('dates and distances', () => {
    expect(formatDate(es, '2026-03-14')).toBe('14 de marzo de 2026');
    expect(formatMiles(es, 0.42)).toBe('0.4 mi');
    expect(formatMiles(es, 12.6)).toBe('13 mi');
  });
});
