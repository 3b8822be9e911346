import { wrapLongitude, type LatLng } from './geo.ts';

/**
 * Search narrows "near me" with a coarse grid: every location is filed under its 1° × 1° cell, so the
 * browser asks Pagefind only for the cells around a ZIP code instead of loading every result to measure it.
 */
export const cellOf = (point: LatLng) => `${Math.floor(point.lat)}:${Math.floor(point.lng)}`;

const MILES_PER_DEGREE_LAT = 69.05;

/** Every cell that holds any point within `miles` of `center` (a superset: exact distances are measured after). */
export function cellsWithin(center: LatLng, miles: number): string[] {
  const dLat = miles / MILES_PER_DEGREE_LAT;
  const latLow = Math.max(-90, center.lat - dLat);
  const latHigh = Math.min(89.999, center.lat + dLat);
  // A degree of longitude is shortest at the latitude farthest from the equator within the band.
  const widest = Math.min(89, Math.max(Math.abs(latLow), Math.abs(latHigh)));
  const dLng = Math.min(180, miles / (MILES_PER_DEGREE_LAT * Math.cos((widest * Math.PI) / 180)));
  const cells: string[] = [];
  for (let row = Math.floor(latLow); row <= Math.floor(latHigh); row++)
    for (let col = Math.floor(center.lng - dLng); col <= Math.floor(center.lng + dLng); col++)
      cells.push(`${row}:${wrapLongitude(col)}`);
  return [...new Set(cells)];
}
