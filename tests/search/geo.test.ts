import { describe, expect, test } from 'vitest';
import { distanceMiles } from '../../src/domain/geo.ts';
import { cellOf, cellsWithin } from '../../src/domain/geo-cells.ts';
import { byDistance } from '../../src/scripts/search/results.ts';
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
  test('the cells around a point cover every point within the radius', () => {
    const center = { lat: 45.5, lng: -122.6 };
    for (const radius of [10, 25, 100, 250]) {
      const cells = new Set(cellsWithin(center, radius));
      for (let i = 0; i < 500; i++) {
        const angle = (i / 500) * 2 * Math.PI;
        const step = (radius * 0.999) / 69.05;
        const point = {
          lat: center.lat + step * Math.sin(angle),
          lng: center.lng + (step * Math.cos(angle)) / Math.cos((45.5 * Math.PI) / 180),
        };
        if (distanceMiles(center, point) <= radius)
          expect(cells.has(cellOf(point)), `${radius} mi, point ${i}`).toBe(true);
      }
    }
  });

  test('results sort by true distance and respect the radius', () => {
    const result = (name: string, lat?: number, lng?: number) => ({
      url: `/locations/${name}/`,
      excerpt: '',
      filters: { type: ['location'] },
      meta: { title: name, ...(lat !== undefined && { lat: String(lat), lng: String(lng) }) },
    });
    const from = { lat: 45.52, lng: -122.68 }; // Portland
    const sorted = byDistance(
      [
        result('seattle', 47.61, -122.33),
        result('salem', 44.94, -123.04),
        result('nowhere'),
        result('gresham', 45.5, -122.43),
      ],
      from,
      0,
    );
    expect(sorted.map((r) => r.data.meta.title)).toEqual(['gresham', 'salem', 'seattle']);
    expect(
      byDistance([result('seattle', 47.61, -122.33), result('gresham', 45.5, -122.43)], from, 50).map(
        (r) => r.data.meta.title,
      ),
    ).toEqual(['gresham']);
  });
});
