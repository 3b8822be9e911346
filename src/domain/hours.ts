import type { OpeningHours } from '../schemas/location.ts';
import type { Weekday } from './vocabulary.ts';

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
