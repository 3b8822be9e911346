import type { Location } from '../schemas/location.ts';
import { memoize } from './memoize.ts';

/** "12 Main St, Springfield, IL 62701": street, city, state and ZIP on one line (no second street line). */
export const oneLineAddress = ({ street1, city, state, zip }: Location['address']) =>
  `${street1}, ${city}, ${state} ${zip}`;

/** A plain link to a maps site for directions: the visitor chooses to follow it; nothing is embedded. */
export function directionsUrl(location: Pick<Location, 'address' | 'geo'>): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(oneLineAddress(location.address))}`;
}

/** "Hours are in Pacific Time", from an IANA zone, independent of daylight saving (cached: formatters are slow). */
export const timeZoneLabel = memoize((timeZone: string): string => {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(new Date(0))
    .find((p) => p.type === 'timeZoneName')?.value;
  return `Hours are in ${name ?? timeZone}.`;
});
