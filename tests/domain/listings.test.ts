import { describe, expect, test } from 'vitest';
import {
  citySlug,
  inStateNameOrder,
  openFirstByPlace,
  STATE_LOCATION_LIMIT,
  stateListings,
} from '../../src/domain/listings.ts';
import { US_STATE, US_STATE_ES, type UsState } from '../../src/domain/vocabulary.ts';
import type { Location } from '../../src/schemas/location.ts';

/** Only the fields listings read; the rest of a location does not matter here. */
const place = (name: string, city: string, state: UsState, status: Location['status'] = 'open') =>
  ({ name, status, address: { city, state } }) as Location;

/** Groups as the directory index gives them: by state, then city, in code and name order. */
const groups = (locations: Location[]) => {
  const byState = Map.groupBy(locations, (l) => l.address.state);
  return [...byState].map(([state, list]) => ({
    state,
    cities: [...Map.groupBy(list, (l) => l.address.city)].map(([city, locations]) => ({ city, locations })),
  }));
};

describe('state listings', () => {
  test('states are in alphabetical order of their names, not their codes: Idaho before Iowa', () => {
    const listings = stateListings(
      groups([place('A', 'Des Moines', 'IA'), place('B', 'Boise', 'ID'), place('C', 'Anchorage', 'AK')]),
    );
    expect(listings.map((s) => s.name)).toEqual(['Alaska', 'Idaho', 'Iowa']);
    expect(listings.map((s) => s.count)).toEqual([1, 1, 1]);
  });

  test('city spellings that share a slug are one city', () => {
    const [missouri] = stateListings(
      groups([place('A', 'St Louis', 'MO'), place('B', 'St. Louis', 'MO'), place('C', 'Springfield', 'MO')]),
    );
    expect(missouri!.cities.map((c) => [c.slug, c.name, c.locations.map((l) => l.name)])).toEqual([
      ['st-louis', 'St Louis', ['A', 'B']],
      ['springfield', 'Springfield', ['C']],
    ]);
  });

  test(`a state with more than ${STATE_LOCATION_LIMIT} locations is listed by city`, () => {
    const many = (n: number, state: UsState) =>
      Array.from({ length: n }, (_, i) => place(`L${i}`, `City ${i % 7}`, state));
    const [california, oregon] = stateListings(
      groups([...many(STATE_LOCATION_LIMIT + 1, 'CA'), ...many(STATE_LOCATION_LIMIT, 'OR')]),
    );
    expect([california!.name, california!.byCity, california!.cities.length]).toEqual(['California', true, 7]);
    expect([oregon!.name, oregon!.byCity]).toEqual(['Oregon', false]);
  });

  test('city slugs are lowercase words joined by hyphens, accents dropped', () => {
    expect(citySlug('Los Angeles')).toBe('los-angeles');
    expect(citySlug("Coeur d'Alene")).toBe('coeur-d-alene');
    expect(citySlug('Cataño')).toBe('catano');
    expect(citySlug('  Winston-Salem ')).toBe('winston-salem');
  });
});

test('open locations first, then by state name, city and name', () => {
  const sorted = openFirstByPlace([
    place('Closed', 'Anchorage', 'AK', 'temporarily-closed'),
    place('Iowa', 'Ames', 'IA'),
    place('Soon', 'Boise', 'ID', 'opening-soon'),
    place('Idaho B', 'Boise', 'ID'),
    place('Idaho A', 'Boise', 'ID'),
    place('Alabama', 'Mobile', 'AL'),
  ]);
  expect(sorted.map((l) => l.name)).toEqual(['Alabama', 'Idaho A', 'Idaho B', 'Iowa', 'Closed', 'Soon']);
});

test("states are listed in the order of their names in the page's language, accents aside", () => {
  const listings = (['NY', 'NM', 'NC', 'MI'] as const).map((state) => ({ state }));
  const order = (names: Record<UsState, string>, intl: string) =>
    inStateNameOrder(listings, names, intl).map((l) => names[l.state]);
  expect(order(US_STATE, 'en-US')).toEqual(['Michigan', 'New Mexico', 'New York', 'North Carolina']);
  expect(order({ ...US_STATE, ...US_STATE_ES }, 'es-US')).toEqual([
    'Carolina del Norte',
    'Míchigan',
    'Nueva York',
    'Nuevo México',
  ]);
});
