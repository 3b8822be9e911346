import { formatClock, formatSpan, weekdayName, type TimeLocale } from '../i18n/format.ts';
import type { OpeningHours } from '../schemas/location.ts';
import { isOpenAt, wallClock } from './hours.ts';
import { WEEKDAY, type LocationStatus, type Weekday } from './vocabulary.ts';

type Hours = readonly Pick<OpeningHours, 'days' | 'opens' | 'closes'>[];

const DAYS = Object.keys(WEEKDAY) as Weekday[];

/**
 * A location's state right now, for a result card's badge. `operating` is what ranks a result: a location that
 * runs (open now, or closed for the night) before one that is opening soon or temporarily closed.
 */
export interface OpenStatus {
  operating: boolean;
  label: string;
  tone: 'open' | 'closed' | 'unavailable';
}

/** When the location next opens after `instant` on its own clock: "8 AM" today, "Tue 8 AM" on another day. */
function nextOpening(locale: TimeLocale, hours: Hours, timeZone: string, instant: Date): string | undefined {
  const { day, time } = wallClock(instant, timeZone);
  const today = DAYS.indexOf(day);
  for (let offset = 0; offset < 8; offset++) {
    const weekday = DAYS[(today + offset) % 7]!;
    const opens = hours
      .filter((h) => h.days.includes(weekday) && (offset > 0 || h.opens > time))
      .map((h) => h.opens)
      .sort()[0];
    if (!opens) continue;
    const clock = formatClock(locale, opens);
    return offset === 0 ? clock : `${weekdayName(locale, weekday, 'short')} ${clock}`;
  }
  return undefined;
}

/** Open now / Closed now – opens Tue 8 AM / Opening soon / Temporarily closed, judged on the location's clock. */
export function openStatus(
  locale: TimeLocale,
  status: LocationStatus,
  hours: Hours,
  timeZone: string,
  instant: Date,
): OpenStatus {
  if (status === 'temporarily-closed')
    return { operating: false, label: locale.temporarilyClosed, tone: 'unavailable' };
  if (status === 'opening-soon') return { operating: false, label: locale.openingSoon, tone: 'unavailable' };
  if (isOpenAt(hours, timeZone, instant)) return { operating: true, label: locale.openNow, tone: 'open' };
  const next = nextOpening(locale, hours, timeZone, instant);
  return { operating: true, label: next ? locale.closedNowOpens(next) : locale.closedNow, tone: 'closed' };
}

/** Today's hours on the location's clock ("Today 8 AM – 9 PM"); undefined when it does not open today. */
export function todayHours(locale: TimeLocale, hours: Hours, timeZone: string, instant: Date): string | undefined {
  const { day } = wallClock(instant, timeZone);
  const spans = hours
    .filter((h) => h.days.includes(day))
    .sort((a, b) => a.opens.localeCompare(b.opens))
    .map((h) => formatSpan(locale, h));
  return spans.length ? locale.today(spans.join(', ')) : undefined;
}
