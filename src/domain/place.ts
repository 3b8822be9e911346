import type { Location } from '../schemas/location.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import * as en from '../i18n/en/index.ts';
import { memoize } from './memoize.ts';

/** "12 Main St, Springfield, IL 62701": street, city, state and ZIP on one line (no second street line). */
export const oneLineAddress = ({ street1, city, state, zip }: Location['address']) =>
  `${street1}, ${city}, ${state} ${zip}`;

/** A plain link to a maps site for directions: the visitor chooses to follow it; nothing is embedded. */
export function directionsUrl(location: Pick<Location, 'address' | 'geo'>): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(oneLineAddress(location.address))}`;
}

// Cached per zone and locale: formatters are slow.
const timeZoneName = memoize((key: string): string => {
  const [intl, timeZone] = key.split('|') as [string, string];
  const name = new Intl.DateTimeFormat(intl, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(0))
    .find((p) => p.type === 'timeZoneName')?.value;
  return name ?? timeZone;
});

/** "Hours are in Pacific Time", from an IANA zone, independent of daylight saving. */
export const timeZoneLabel = (timeZone: string, { labels, time }: Pick<Dictionary, 'labels' | 'time'> = en) =>
  labels.timeZone(timeZoneName(`${time.intl}|${timeZone}`));
