import type { Location } from '../schemas/location.ts';

/** A plain link to a maps site for directions: the visitor chooses to follow it; nothing is embedded. */
export function directionsUrl(location: Pick<Location, 'address' | 'geo'>): string {
  const { street1, city, state, zip } = location.address;
  const destination = `${street1}, ${city}, ${state} ${zip}`;
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
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
