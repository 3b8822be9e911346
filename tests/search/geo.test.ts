import { describe, expect, test } from 'vitest';
import { distanceMiles } from '../../src/domain/geo.ts';
import { parsePlaceValue, placeValue, regionFilter, regionsWithin } from '../../src/domain/geo-cells.ts';
import { nearbyPlaces } from '../../src/scripts/search/nearby.ts';
import { lookupZip, zipShardPath } from '../../src/scripts/search/zip.ts';
import { zipShards } from '../../src/lib/zip-centroids.ts';

describe('ZIP lookup', () => {
  test('shards by the first three digits', () => {
    expect(zipShardPath('97214')).toBe('/zip/972.json');
  });

  test('finds a centroid in the shard the site builds, and nothing for an unknown ZIP', async () => {
    const shards = zipShards();
    const fetchShard = async (path: string) => shards.get(path.slice(5, 8));
    const portland = await lookupZip('97214', fetchShard);
    expect(portland?.lat).toBeCloseTo(45.514, 2);
    expect(portland?.lng).toBeCloseTo(-122.644, 2);
    // Leading zeros survive: Boston, MA.
    expect((await lookupZip('02134', fetchShard))?.lat).toBeCloseTo(42.36, 1);
    expect(await lookupZip('00000', fetchShard)).toBeUndefined();
    expect(await lookupZip('9721', fetchShard)).toBeUndefined();
  });
});

describe('near me', () => {
  test('the regions around a point cover every point within the radius', () => {
    for (const center of [
      { lat: 45.5, lng: -122.6 },
      { lat: 64.8, lng: -147.7 }, // Fairbanks: degrees of longitude are short
      { lat: 21.3, lng: -157.8 },
    ])
      for (const radius of [10, 25, 100, 250]) {
        const regions = new Set(regionsWithin(center, radius));
        const latitudeScale = Math.cos((center.lat * Math.PI) / 180);
        for (let i = 0; i < 500; i++) {
          const angle = (i / 500) * 2 * Math.PI;
          const step = (radius * 0.999) / 69.05;
          const point = {
            lat: center.lat + step * Math.sin(angle),
            lng: center.lng + (step * Math.cos(angle)) / latitudeScale,
          };
          if (distanceMiles(center, point) <= radius)
            expect(regions.has(regionFilter(point)), `${radius} mi, point ${i}`).toBe(true);
        }
      }
  });

  test('a region is 2° square, named by its south-west corner', () => {
    expect(regionFilter({ lat: 45.52, lng: -122.68 })).toBe('g-44_-124');
    expect(regionFilter({ lat: -0.5, lng: 0.5 })).toBe('g--2_0');
    expect(regionsWithin({ lat: 45.52, lng: -122.68 }, 10)).toEqual(['g-44_-124']);
  });

  test('a place survives its filter value, within 11 m; values this build did not write are ignored', () => {
    const place = { point: { lat: 45.512345, lng: -122.6 }, operating: false, city: 'Portland, OR' };
    expect(parsePlaceValue(placeValue(place))).toEqual({ ...place, point: { lat: 45.5123, lng: -122.6 } });
    expect(parsePlaceValue('45:-122')).toBeUndefined();
    expect(parsePlaceValue('[1,2]')).toBeUndefined();
  });

  test('places from region counts: operating first, each part by true distance, within the radius and city', () => {
    const from = { lat: 45.52, lng: -122.68 }; // Portland
    const at = (lat: number, lng: number, city: string, operating = true) => [
      regionFilter({ lat, lng }),
      placeValue({ point: { lat, lng }, operating, city }),
    ];
    const places = [
      at(47.61, -122.33, 'Seattle, WA'),
      at(44.94, -123.04, 'Salem, OR'),
      at(45.5, -122.43, 'Gresham, OR'),
      at(45.53, -122.67, 'Portland, OR', false),
      at(45.4, -122.6, 'Portland, OR'),
    ];
    const counts: Record<string, Record<string, number>> = {};
    for (const [filter, value] of places) (counts[filter!] ??= {})[value!] = 1;
    counts['g-44_-124']![at(45.45, -122.65, 'Portland, OR')[1]!] = 0; // matches nothing in this search
    const regions = regionsWithin(from, 250);
    const cities = (list: ReturnType<typeof nearbyPlaces>) =>
      list.map((p) => `${parsePlaceValue(p.value)!.city} ${p.miles.toFixed(0)}`);
    expect(cities(nearbyPlaces(counts, regions, from, { radius: 0 }))).toEqual([
      'Portland, OR 9',
      'Gresham, OR 12',
      'Salem, OR 44',
      'Seattle, WA 145',
      'Portland, OR 1',
    ]);
    expect(cities(nearbyPlaces(counts, regions, from, { radius: 50 }))).toEqual([
      'Portland, OR 9',
      'Gresham, OR 12',
      'Salem, OR 44',
      'Portland, OR 1',
    ]);
    expect(cities(nearbyPlaces(counts, regions, from, { radius: 0, city: 'Portland, OR' }))).toEqual([
      'Portland, OR 9',
      'Portland, OR 1',
    ]);
    // Only the regions asked for count: Seattle's is not among those within 10 miles (radius 0 keeps the rest).
    expect(nearbyPlaces(counts, regionsWithin(from, 10), from, { radius: 0 })).toHaveLength(4);
  });
});
