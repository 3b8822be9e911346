import { memoize } from '../domain/memoize.ts';
import type { Weekday } from '../domain/vocabulary.ts';
import type { time } from './en/time.ts';

/**
 * Dates, clock times, weekdays, opening hours and distances formatted for a locale with Intl. The locale is its
 * `time` dictionary (`en.time`, `es.time`): the Intl locale and the few words Intl has no pattern for.
 */
export type TimeLocale = typeof time;

const ORDER: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
// 2024-01-01 was a Monday: the weekday names are read from the days of that week.
const weekOf = (day: Weekday) => new Date(Date.UTC(2024, 0, 1 + ORDER.indexOf(day), 12));
// Intl puts a narrow no-break space before AM/PM; pages have always used a plain one.
const plainSpaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

// Creating an Intl formatter costs ~150 µs: one per locale and style for the whole build.
const formatter = memoize((key: string) => {
  const [intl, style] = key.split('|') as [string, string];
  const options: Record<string, Intl.DateTimeFormatOptions> = {
    hour: { hour: 'numeric', timeZone: 'UTC' },
    minute: { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' },
    long: { weekday: 'long', timeZone: 'UTC' },
    short: { weekday: 'short', timeZone: 'UTC' },
    date: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  };
  return new Intl.DateTimeFormat(intl, options[style]);
});
const format = (locale: TimeLocale, style: string, date: Date) =>
  plainSpaces(formatter(`${locale.intl}|${style}`).format(date));

/** A weekday's name: "Monday", "lunes"; `short`: "Mon", "lun". */
export const weekdayName = (locale: TimeLocale, day: Weekday, width: 'long' | 'short' = 'long') =>
  format(locale, width, weekOf(day));

/** A wall-clock time ("08:30") as people read it: "8:30 AM", "8:30 a.m."; "24:00" and "00:00" are midnight. */
export function formatClock(locale: TimeLocale, hhmm: string): string {
  if (hhmm === '24:00' || hhmm === '00:00') return locale.midnight;
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return format(locale, m === 0 ? 'hour' : 'minute', new Date(Date.UTC(2024, 0, 1, h, m)));
}

/** "Monday–Friday", "Saturday, Sunday", "Every day": consecutive days read as a range. */
export function formatDays(locale: TimeLocale, days: readonly Weekday[]): string {
  const sorted = ORDER.filter((d) => days.includes(d));
  if (sorted.length === 7) return locale.everyDay;
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && ORDER.indexOf(day) === ORDER.indexOf(run.at(-1)!) + 1) run.push(day);
    else runs.push([day]);
  }
  const name = (day: Weekday) => weekdayName(locale, day);
  return runs
    .map((run) => (run.length > 2 ? locale.dayRange(name(run[0]!), name(run.at(-1)!)) : run.map(name).join(', ')))
    .join(', ');
}

/** One span of a day: "8 AM – 5 PM", or "open 24 hours" round the clock. */
export function formatSpan(locale: TimeLocale, hours: { opens: string; closes: string }): string {
  return hours.opens === '00:00' && hours.closes === '24:00'
    ? locale.open24Hours
    : locale.span(formatClock(locale, hours.opens), formatClock(locale, hours.closes));
}

/** One line of opening hours as shown on a page: "Monday–Friday: 8 AM – 5 PM". */
export function formatHours(locale: TimeLocale, hours: { days: readonly Weekday[]; opens: string; closes: string }) {
  return locale.hoursLine(formatDays(locale, hours.days), formatSpan(locale, hours));
}

/** A calendar date ("2026-03-14") as people read it: "March 14, 2026", "14 de marzo de 2026". */
export const formatDate = (locale: TimeLocale, isoDate: string) => longDate(`${locale.intl}|${isoDate}`);
// Cached: formatting costs ~35 µs a page in the build, and a directory's pages share few review dates. Marked
// pure so a browser script that formats no dates leaves it out.
const longDate = /* @__PURE__ */ memoize((key: string) => {
  const [intl, isoDate] = key.split('|') as [string, string];
  return plainSpaces(formatter(`${intl}|date`).format(new Date(`${isoDate}T12:00:00Z`)));
});

const milesFormat = memoize((key: string) => {
  const [intl, digits] = key.split('|') as [string, string];
  return new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'mile',
    unitDisplay: 'short',
    minimumFractionDigits: Number(digits),
    maximumFractionDigits: Number(digits),
    useGrouping: false,
  });
});

/** Miles as people say them: "0.4 mi", "12 mi". */
export const formatMiles = (locale: TimeLocale, miles: number) =>
  plainSpaces(milesFormat(`${locale.intl}|${miles < 10 ? 1 : 0}`).format(miles));
