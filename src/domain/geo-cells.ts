import { wrapLongitude, type LatLng } from './geo.ts';

/**
 * Search finds places near a point without loading a result per candidate. Every location is filed under a
 * filter of its own 2° × 2° region (`g-{lat}_{lng}`), and the filter's value is the place itself: coordinates,
 * whether it operates, and its city. One search with the regions around a point returns, as filter counts, where
 * every matching place is; only the nearest page of places is then loaded. Regions of 2° keep the filter list in
 * Pagefind's metadata (fetched by every search) short, and each region's file holds only its own places.
 */
const REGION_DEGREES = 2;

const regionStart = (degrees: number) => Math.floor(degrees / REGION_DEGREES) * REGION_DEGREES;

/** The filter a point's region is filed under, e.g. `g-44_-124` for Portland, OR (Pagefind reads a colon in a filter name as the start of its value). */
export const regionFilter = (point: LatLng) => `g-${regionStart(point.lat)}_${regionStart(point.lng)}`;

const MILES_PER_DEGREE_LAT = 69.05;

/** Every region filter that holds any point within `miles` of `center` (a superset: exact distances come after). */
export function regionsWithin(center: LatLng, miles: number): string[] {
  const dLat = miles / MILES_PER_DEGREE_LAT;
  const latLow = Math.max(-90, center.lat - dLat);
  const latHigh = Math.min(89.999, center.lat + dLat);
  // A degree of longitude is shortest at the latitude farthest from the equator within the band.
  const widest = Math.min(89, Math.max(Math.abs(latLow), Math.abs(latHigh)));
  const dLng = Math.min(180, miles / (MILES_PER_DEGREE_LAT * Math.cos((widest * Math.PI) / 180)));
  const regions: string[] = [];
  for (let lat = regionStart(latLow); lat <= latHigh; lat += REGION_DEGREES)
    for (let lng = regionStart(center.lng - dLng); lng <= center.lng + dLng; lng += REGION_DEGREES)
      regions.push(`g-${lat}_${regionStart(wrapLongitude(lng))}`);
  return [...new Set(regions)];
}

/** A place as its region filter's value: where it is, whether it operates, and its "City, ST". */
export interface Place {
  point: LatLng;
  operating: boolean;
  city: string;
}

/** Four decimals place a point within 11 m, finer than any distance shown (0.1 mi), in a fifth fewer bytes. */
const toGrid = (degrees: number) => Math.round(degrees * 1e4) / 1e4;

export const placeValue = ({ point, operating, city }: Place) =>
  JSON.stringify([toGrid(point.lat), toGrid(point.lng), operating ? 1 : 0, city]);

/** The place a region filter value names; undefined for a value this build did not write. */
export function parsePlaceValue(value: string): Place | undefined {
  try {
    const [lat, lng, operating, city] = JSON.parse(value) as unknown[];
    if (typeof lat !== 'number' || typeof lng !== 'number' || typeof city !== 'string') return undefined;
    return { point: { lat, lng }, operating: operating === 1, city };
  } catch {
    return undefined;
  }
}
