import { distanceMiles, type LatLng } from '../../domain/geo.ts';
import { parsePlaceValue } from '../../domain/geo-cells.ts';

/** A place a search found through its region filter: the filter and value that fetch its result(s), and how far. */
export interface NearbyPlace {
  filter: string;
  value: string;
  /** How many results share this place (two listings at one address). */
  count: number;
  miles: number;
  operating: boolean;
}

/**
 * The places that a search's counts for the given region filters name, within `radius` miles of `from` (0: any
 * distance) and in `city` when one is given: operating ones first, each part nearest first. No result is loaded
 * to find them: the region filters' values carry each place (see placeValue).
 */
export function nearbyPlaces(
  counts: Readonly<Record<string, Readonly<Record<string, number>>>>,
  regions: readonly string[],
  from: LatLng,
  { radius, city }: { radius: number; city?: string | undefined },
): NearbyPlace[] {
  return regions
    .flatMap((filter) =>
      Object.entries(counts[filter] ?? {}).flatMap(([value, count]) => {
        const place = count > 0 ? parsePlaceValue(value) : undefined;
        if (!place || (city && place.city !== city)) return [];
        return [{ filter, value, count, miles: distanceMiles(from, place.point), operating: place.operating }];
      }),
    )
    .filter((place) => !radius || place.miles <= radius)
    .sort((a, b) => Number(b.operating) - Number(a.operating) || a.miles - b.miles);
}
