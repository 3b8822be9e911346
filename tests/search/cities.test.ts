import { describe, expect, test } from 'vitest';
import { cityShard, cityShards } from '../../src/domain/search-cities.ts';

const at = (city: string, state: 'OR' | 'ME', lat?: number, lng?: number) => ({
  address: { city, state, street1: '', zip: '' },
  ...(lat !== undefined && { geo: { lat, lng: lng! } }),
});

describe('city shards for reading "Portland OR"', () => {
  test('a city is centred on the mean of its located locations, per state, by first letter', () => {
    const shards = cityShards([
      at('Portland', 'OR', 45.5, -122.6),
      at('Portland', 'OR', 45.6, -122.8),
      at('Portland', 'OR'),
      at('Portland', 'ME', 43.66, -70.26),
      at('Bend', 'OR', 44.06, -121.31),
    ] as never);
    expect(shards.get('p')).toEqual([
      ['Portland', 'OR', 45.55, -122.7],
      ['Portland', 'ME', 43.66, -70.26],
    ]);
    expect(shards.get('b')).toEqual([['Bend', 'OR', 44.06, -121.31]]);
  });

  test('the shard of a name is its first letter without accents', () => {
    expect(cityShard('Éloy')).toBe('e');
    expect(cityShard('29 Palms')).toBe('0');
  });
});
