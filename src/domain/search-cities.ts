import type { Location } from '../schemas/location.ts';
import type { UsState } from './vocabulary.ts';

/** A city as search reads it from a shard: name, state, and the centre of its locations (lat, lng). */
export type CityRow = [name: string, state: UsState, lat: number, lng: number];

/** The shard a city name falls in: its first letter (a–z), or "0" for anything else. */
export function cityShard(name: string): string {
  const first = name.normalize('NFKD').toLowerCase().charAt(0);
  return /[a-z]/.test(first) ? first : '0';
}

/**
 * The dataset's cities with their centres (the mean of their located locations' coordinates), split by first
 * letter so that reading "Portland OR" fetches only the "p" shard. Cities without any located location are left
 * out: there is nothing to measure distance from.
 */
export function cityShards(locations: readonly Pick<Location, 'address' | 'geo'>[]): Map<string, CityRow[]> {
  const sums = new Map<string, { name: string; state: UsState; lat: number; lng: number; n: number }>();
  for (const { address, geo } of locations) {
    if (!geo) continue;
    const key = `${address.city}|${address.state}`;
    const sum = sums.get(key) ?? { name: address.city, state: address.state, lat: 0, lng: 0, n: 0 };
    sum.lat += geo.lat;
    sum.lng += geo.lng;
    sum.n++;
    sums.set(key, sum);
  }
  const shards = new Map<string, CityRow[]>();
  const round = (degrees: number) => Math.round(degrees * 1e4) / 1e4;
  for (const { name, state, lat, lng, n } of [...sums.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const shard = shards.get(cityShard(name)) ?? [];
    shard.push([name, state, round(lat / n), round(lng / n)]);
    shards.set(cityShard(name), shard);
  }
  return shards;
}
