import type { Location } from '../schemas/location.ts';
import { US_STATE, type UsState } from './vocabulary.ts';

/** A state with more locations than this lists its cities, each on a page of its own, instead of every location. */
export const STATE_LOCATION_LIMIT = 500;

export interface CityListing {
  /** Unique within its state; the last segment of the city's URL. */
  slug: string;
  name: string;
  locations: Location[];
}

export interface StateListing {
  state: UsState;
  name: string;
  count: number;
  cities: CityListing[];
  /** Too many locations for one page: the state page lists cities, and each city has its own page. */
  byCity: boolean;
}

/** "Los Angeles" → "los-angeles", "Coeur d'Alene" → "coeur-d-alene", "Cataño" → "catano". */
export const citySlug = (city: string) =>
  city
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Locations grouped by state, then city, as the directory index gives them (cities in alphabetical order). */
type StateGroups = readonly { state: UsState; cities: readonly { city: string; locations: readonly Location[] }[] }[];

/**
 * The states in alphabetical order of their names (Idaho before Iowa), each with its count and cities; city
 * spellings that share a slug ("St. Louis", "St Louis") share one city.
 */
export function stateListings(groups: StateGroups): StateListing[] {
  return groups
    .map(({ state, cities: spellings }) => {
      const cities = new Map<string, CityListing>();
      for (const { city, locations } of spellings) {
        const slug = citySlug(city);
        const listing = cities.get(slug);
        if (listing) listing.locations.push(...locations);
        else cities.set(slug, { slug, name: city, locations: [...locations] });
      }
      const count = spellings.reduce((sum, c) => sum + c.locations.length, 0);
      return {
        state,
        name: US_STATE[state],
        count,
        cities: [...cities.values()],
        byCity: count > STATE_LOCATION_LIMIT,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Listings in the alphabetical order of their states' names in a language: "Nuevo México" among the N's. */
export function inStateNameOrder<T extends { state: UsState }>(
  listings: readonly T[],
  names: Readonly<Record<UsState, string>>,
  intl: string,
): T[] {
  const collator = new Intl.Collator(intl);
  return [...listings].sort((a, b) => collator.compare(names[a.state], names[b.state]));
}

/** Open locations first (a visitor can go there now), then by state name, city and name. */
export const openFirstByPlace = (locations: readonly Location[]): Location[] =>
  [...locations].sort(
    (a, b) =>
      Number(a.status !== 'open') - Number(b.status !== 'open') ||
      US_STATE[a.address.state].localeCompare(US_STATE[b.address.state]) ||
      a.address.city.localeCompare(b.address.city) ||
      a.name.localeCompare(b.name),
  );
