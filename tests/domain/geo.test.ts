import { describe, expect, test } from 'vitest';
import { NearestIndex, distanceMiles } from '../../src/domain/geo.ts';

const portland = { lat: 45.5152, lng: -122.6784 };
const seattle = { lat: 47.6062, lng: -122.3321 };

describe('distance', () => {
  test('great-circle miles between known cities', () => {
    expect(distanceMiles(portland, seattle)).toBeCloseTo(145, 0);
    expect(distanceMiles(portland, portland)).toBe(0);
    // New York to Los Angeles is about 2,445 miles as the crow flies.
    expect(distanceMiles({ lat: 40.7128, lng: -74.006 }, { lat: 34.0522, lng: -118.2437 })).toBeCloseTo(2445, -1);
  });
});

describe('nearest-point index', () => {
  // A deterministic scatter over the US, to compare the grid search with a full scan.
  const points = Array.from({ length: 2000 }, (_, i) => ({
    id: i,
    geo: { lat: 25 + ((i * 7919) % 2300) / 100, lng: -124 + ((i * 104729) % 5700) / 100 },
  }));
  const index = new NearestIndex(points);

  test('finds the same nearest point as a full scan, from many places', () => {
    for (let q = 0; q < 200; q++) {
      const from = { lat: 20 + ((q * 31) % 35), lng: -130 + ((q * 17) % 70) };
      const scan = points.reduce((best, p) => (distanceMiles(from, p.geo) < distanceMiles(from, best.geo) ? p : best));
      const found = index.nearest(from);
      expect(found?.miles).toBeCloseTo(distanceMiles(from, scan.geo), 6);
    }
  });

  test('respects a filter and skips points without coordinates', () => {
    const small = new NearestIndex([
      { id: 'a', geo: portland },
      { id: 'b', geo: seattle },
      { id: 'c', geo: undefined },
    ]);
    expect(small.nearest(portland, (p) => p.id !== 'a')?.item.id).toBe('b');
    expect(small.nearest(portland, () => false)).toBeUndefined();
    expect(new NearestIndex([]).nearest(portland)).toBeUndefined();
  });
});
