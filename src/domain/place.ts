import type { Location } from '../schemas/location.ts';

/** "12 Main St, Springfield, IL 62701": street, city, state and ZIP on one line (no second street line). */
export const oneLineAddress = ({ street1, city, state, zip }: Location['address']) =>
  `${street1}, ${city}, ${state} ${zip}`;

/** A plain link to a maps site for directions: the visitor chooses to follow it; nothing is embedded. */
export function directionsUrl(location: Pick<Location, 'address' | 'geo'>): string {
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(oneLineAddress(location.address))}`;
}

const labels = new Map<string, string>();

/** "Hours are in Pacific Time", from an IANA zone, independent of daylight saving (cached: formatters are slow). */
export function timeZoneLabel(timeZone: string): string {
  let label = labels.get(timeZone);
  if (!label) {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' })
      .formatToParts(new Date(0))
      .find((p) => p.type === 'timeZoneName')?.value;
    label = `Hours are in ${name ?? timeZone}.`;
    labels.set(timeZone, label);
  }
  return label;
}
