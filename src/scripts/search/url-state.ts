import { OFFERS, VALUE_FACETS, valueFilter, type ValueFacet } from '../../domain/offers-filter.ts';
import { AGE_GROUP, PAYMENT_OPTION, PROGRAM_FORMAT, US_STATE } from '../../domain/vocabulary.ts';
import { searchLanguage, type SearchLanguage } from './language.ts';
import { cleanQuery } from './understand.ts';
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

/** Which values a facet can take; program and service titles come from the content (the page's terms). */
export type KnownValues = Partial<Record<Facet, (value: string) => boolean>>;

const among = (vocabulary: Record<string, string>) => (value: string) => Object.values(vocabulary).includes(value);
const isStateCode = (code: string) => Object.hasOwn(US_STATE, code);

/** The facets whose values a URL cannot invent: fixed lists, or a shape ("City, ST"). */
export const FIXED_VALUES: KnownValues = {
  type: (value) => ['location', 'program', 'service'].includes(value),
  state: isStateCode,
  city: (value) => /^[\p{L}\p{N} .'’-]{1,60}, [A-Z]{2}$/u.test(value) && isStateCode(value.slice(-2)),
  format: among(PROGRAM_FORMAT),
  ages: among(AGE_GROUP),
  payment: among(PAYMENT_OPTION),
  language: (value) => /^[\p{L} ()'’-]{1,40}$/u.test(value),
};

/**
 * Reads `?q=iop&state=OR&state=WA&zip=97214&within=25`. Unknown or malformed parts are dropped, and each
 * dropped value is named in `ignored` ("Unknown state ignored") so a visitor never gets a silent zero.
 * Invisible and direction characters are stripped from the query. What was dropped is said in the page's language.
 */
export function parseState(
  search: string,
  known: KnownValues = FIXED_VALUES,
  { words }: SearchLanguage = searchLanguage('en'),
): SearchState & { ignored: string[] } {
  const params = new URLSearchParams(search);
  const state = emptyState();
  const ignored = new Set<string>();
  state.q = cleanQuery(params.get('q') ?? '').slice(0, 200);
  for (const [name, raw] of params) {
    const value = cleanQuery(raw);
    if (!isFacet(name) || value === '') continue;
    if (known[name] && !known[name](value)) {
      ignored.add(words.unknownIgnored(words.facetNoun[name]));
      continue;
    }
    const values = (state.filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const zip = cleanQuery(params.get('zip') ?? '');
  if (isZip(zip)) state.zip = zip;
  else if (zip) ignored.add(words.zipIgnored);
  const within = params.get('within');
  const radius = Number(within);
  if ((RADII as readonly number[]).includes(radius)) state.radius = radius;
  else if (within) ignored.add(words.distanceIgnored);
  return { ...state, ignored: [...ignored] };
}

/** Only the search itself, without what parsing noted. */
export const searchOf = ({ q, filters, zip, radius }: SearchState): SearchState => ({ q, filters, zip, radius });

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
 * Programs and services are chosen by title and filtered through their own offers filter (see offersFilter),
 * found by `offersFilterOf`: one small filter file each instead of the large `program` filter. An unknown
 * title matches nothing. Format, ages, payment and language values use their one-value filters (valueFilter).
 */
export function toPagefindFilters(
  filters: SearchState['filters'],
  offersFilterOf: (title: string) => string | undefined,
): PagefindFilters {
  const result: PagefindFilters = {};
  for (const facet of FACETS) {
    const values = filters[facet];
    if (!values || values.length === 0) continue;
    if (facet === 'service' || facet === 'program') {
      const any = values.map((title) => ({ [offersFilterOf(title) ?? `${facet}-unknown`]: OFFERS }));
      result.all = [...(result.all ?? []), { any }];
    } else if ((VALUE_FACETS as readonly string[]).includes(facet)) {
      const any = values.map((value) => ({ [valueFilter(facet as ValueFacet, value)]: OFFERS }));
      result.all = [...(result.all ?? []), { any }];
    } else result[facet] = { any: values };
  }
  return result;
}

/** Whether the state asks for anything at all (an empty search shows the browse hints instead). */
export const isEmptySearch = (state: SearchState) =>
  !state.q && !state.zip && Object.values(state.filters).every((v) => !v || v.length === 0);
