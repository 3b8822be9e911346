import { OFFERS } from '../../domain/offers-filter.ts';
import { isZip } from './zip.ts';

/**
 * The facets search offers, in the order the page shows them. Each is a Pagefind filter of the same name, except
 * `service`: one filter per service (see offersFilter), so choosing one fetches only its own page list.
 */
export const FACETS = ['type', 'program', 'service', 'state', 'city', 'format', 'ages', 'payment', 'language'] as const;
export type Facet = (typeof FACETS)[number];

export const RADII = [10, 25, 50, 100, 250] as const;

/** Everything a search is, so a URL can be shared, reloaded and navigated back to. */
export interface SearchState {
  q: string;
  filters: Partial<Record<Facet, string[]>>;
  /** A 5-digit US ZIP code to measure distance from. */
  zip: string;
  /** Miles; 0 means any distance. */
  radius: number;
}

const emptyState = (): SearchState => ({ q: '', filters: {}, zip: '', radius: 0 });

const isFacet = (name: string): name is Facet => (FACETS as readonly string[]).includes(name);

/** Reads `?q=iop&state=OR&state=WA&zip=97214&within=25` (unknown or malformed parts are dropped). */
export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = (params.get('q') ?? '').trim().slice(0, 200);
  for (const [name, value] of params) {
    if (!isFacet(name) || value === '') continue;
    const values = (state.filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const zip = params.get('zip') ?? '';
  if (isZip(zip)) state.zip = zip;
  const radius = Number(params.get('within'));
  if ((RADII as readonly number[]).includes(radius)) state.radius = radius;
  return state;
}

/** The query string for a state, in a stable order so equal states give equal URLs. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of [...(state.filters[facet] ?? [])].sort()) params.append(facet, value);
  if (state.zip) params.set('zip', state.zip);
  if (state.zip && state.radius) params.set('within', String(state.radius));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A Pagefind filter object: named filters, plus `all`, a list of compound parts that must each hold. */
export interface PagefindFilters {
  [filter: string]: unknown;
  all?: unknown[];
}

/**
 * Pagefind's filters for the chosen facets: any of the chosen values within a facet, all facets together.
 * Services are chosen by title and filtered through their own offers filter (see offersFilter), found by
 * `serviceFilter`; an unknown title matches nothing.
 */
export function toPagefindFilters(
  filters: SearchState['filters'],
  serviceFilter: (title: string) => string | undefined,
): PagefindFilters {
  const result: PagefindFilters = {};
  for (const facet of FACETS) {
    const values = filters[facet];
    if (!values || values.length === 0) continue;
    if (facet === 'service') {
      const any = values.map((title) => ({ [serviceFilter(title) ?? 'service-unknown']: OFFERS }));
      result.all = [{ any }];
    } else result[facet] = { any: values };
  }
  return result;
}

/** Adds a compound part that must hold as well. */
export const withPart = (filters: PagefindFilters, part: unknown): PagefindFilters => ({
  ...filters,
  all: [...(filters.all ?? []), part],
});

/** Whether the state asks for anything at all (an empty search shows the browse hints instead). */
export const isEmptySearch = (state: SearchState) =>
  !state.q && !state.zip && Object.values(state.filters).every((v) => !v || v.length === 0);
