import type { LatLng } from '../../domain/geo.ts';

/** ZIP centroids are split by their first three digits so a lookup fetches a few kB, not the whole country. */
export const zipShardPath = (zip: string) => `/zip/${zip.slice(0, 3)}.json`;

export const isZip = (value: string) => /^\d{5}$/.test(value);

/** The centroid of a ZIP code from its shard, or undefined when the ZIP is unknown. */
export async function lookupZip(
  zip: string,
  fetchShard: (path: string) => Promise<Record<string, [number, number]> | undefined>,
): Promise<LatLng | undefined> {
  if (!isZip(zip)) return undefined;
  const shard = await fetchShard(zipShardPath(zip));
  const point = shard?.[zip];
  return point ? { lat: point[0], lng: point[1] } : undefined;
}
