import type { OpeningHours } from '../schemas/location.ts';
import { WEEKDAY, type Weekday } from './vocabulary.ts';

const ORDER = Object.keys(WEEKDAY) as Weekday[];

/** "8:30 AM" from "08:30"; "24:00" reads as midnight. */
export function formatClock(hhmm: string): string {
  if (hhmm === '24:00' || hhmm === '00:00') return 'midnight';
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const suffix = h < 12 ? 'AM' : 'PM';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour} ${suffix}` : `${hour}:${String(m).padStart(2, '0')} ${suffix}`;
}

/** "Monday–Friday", "Saturday, Sunday", "Every day": consecutive days read as a range. */
export function formatDays(days: readonly Weekday[]): string {
  const sorted = ORDER.filter((d) => days.includes(d));
  if (sorted.length === 7) return 'Every day';
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && ORDER.indexOf(day) === ORDER.indexOf(run.at(-1)!) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length > 2 ? `${WEEKDAY[run[0]!]}–${WEEKDAY[run.at(-1)!]}` : run.map((d) => WEEKDAY[d]).join(', '),
    )
    .join(', ');
}

/** One line of opening hours as shown on a page: "Monday–Friday: 8 AM – 5 PM". */
export function formatHours(hours: Pick<OpeningHours, 'days' | 'opens' | 'closes'>): string {
  const allDay = hours.opens === '00:00' && hours.closes === '24:00';
  return `${formatDays(hours.days)}: ${allDay ? 'open 24 hours' : `${formatClock(hours.opens)} – ${formatClock(hours.closes)}`}`;
}

/** The weekday and "HH:MM" wall-clock time at `instant` in an IANA time zone. */
export function wallClock(instant: Date, timeZone: string): { day: Weekday; time: string } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('weekday').toLowerCase().slice(0, 3) as Weekday, time: `${part('hour')}:${part('minute')}` };
}

/** Whether the location is open at `instant`, judged on the clock of the location's own time zone. */
export function isOpenAt(
  hours: readonly Pick<OpeningHours, 'days' | 'opens' | 'closes'>[],
  timeZone: string,
  instant: Date,
): boolean {
  const { day, time } = wallClock(instant, timeZone);
  return hours.some((h) => h.days.includes(day) && h.opens <= time && time < h.closes);
}
