import { localized } from '../i18n/content.ts';
import type { Locale } from '../i18n/index.ts';
import type { Location } from '../schemas/location.ts';
import type { Program } from '../schemas/program.ts';
import type { Service } from '../schemas/service.ts';
import { placeValue, regionFilter } from './geo-cells.ts';
import { primaryPhone } from './json-ld.ts';
import { memoize } from './memoize.ts';
import { offersFilter, VALUE_FACETS, valueFilter, type ValueFacet } from './offers-filter.ts';
import { formatPhone } from './phone.ts';
import { directionsUrl, oneLineAddress } from './place.ts';
import { AGE_GROUP, PAYMENT_OPTION, PROGRAM_FORMAT, US_STATE, type ProgramFormat } from './vocabulary.ts';

/** How search indexes a page: its type, facets, result-card metadata and content-driven aliases (keywords). */
export interface SearchData {
  type: 'location' | 'program' | 'service';
  filters?: Record<string, readonly string[]>;
  /** The offers and value filters (see offersFilter, valueFilter) this location carries, each with the value OFFERS. */
  offers?: readonly string[];
  meta?: Record<string, string | undefined>;
  /** Sort keys (`data-pagefind-sort`): `place` orders locations open first, then by state and city name. */
  sort?: Record<string, string>;
  keywords?: readonly string[];
}

/** valueFilter per facet, cached: its Unicode normalisation cost ~0.7 s a build, for a few hundred distinct values. */
const cachedValueFilter = Object.fromEntries(
  VALUE_FACETS.map((facet) => [facet, memoize((value: string) => valueFilter(facet, value))]),
) as Record<ValueFacet, (value: string) => string>;

/**
 * What a result card shows of each program a location runs, by offers filter: its formats (named in the card's
 * language by the browser) and the schedule note in the page's language, or in English (`noteLang`) without one.
 */
export type ProgramDetails = Record<string, { formats: ProgramFormat[]; note?: string; noteLang?: Locale }>;

/**
 * The facets and result-card fields that search knows a location page by. What is offered here is a filter
 * per program and service, not indexed text (see offersFilter); the client turns a named program or service
 * into that filter. `programs` and `services` are what the page already resolved from the location's references.
 * The card's status badge and today's hours are computed in the browser from `status`, `hours` and `timeZone`.
 * Filter values are shared by both languages (ids: a Spanish page names them, see search-values.ts); only the
 * content's own words (schedule notes) are in the page's `locale`.
 */
export function locationSearchData(
  location: Location,
  { programs, services }: { programs: readonly Program[]; services: readonly Service[] },
  locale: Locale = 'en',
): SearchData {
  const phone = primaryPhone(location);
  const { address, geo } = location;
  const city = `${address.city}, ${address.state}`;
  const filters: Record<string, readonly string[]> = {
    city: [city],
    state: [address.state],
    ages: location.agesServed.map((a) => AGE_GROUP[a]),
    payment: location.paymentAccepted.map((p) => PAYMENT_OPTION[p]),
    format: [...new Set(location.programs.flatMap((p) => p.formats))].map((f) => PROGRAM_FORMAT[f]),
    language: location.languages,
  };
  if (geo) filters[regionFilter(geo)] = [placeValue({ point: geo, operating: location.status === 'open', city })];
  const programDetails: ProgramDetails = Object.fromEntries(
    location.programs.flatMap((entry) => {
      const program = programs.find((p) => p._id === entry.program);
      if (!program) return [];
      const note = localized(entry, 'scheduleNote', locale);
      const detail = {
        formats: entry.formats,
        ...(note.value && { note: note.value, ...(note.lang !== locale && { noteLang: note.lang }) }),
      };
      return [[offersFilter('program', program.slug), detail]];
    }),
  );
  return {
    type: 'location',
    filters,
    offers: [
      ...programs.map((p) => offersFilter('program', p.slug)),
      ...services.map((s) => offersFilter('service', s.slug)),
      ...VALUE_FACETS.flatMap((facet) => filters[facet]!.map(cachedValueFilter[facet])),
    ],
    meta: {
      phone: phone && (phone.extension ? `${phone.number},${phone.extension}` : phone.number),
      phoneText: phone && formatPhone(phone.number, phone.extension),
      city,
      address: oneLineAddress(address),
      lat: geo?.lat.toString(),
      lng: geo?.lng.toString(),
      status: location.status,
      timeZone: location.timeZone,
      hours: JSON.stringify(location.hours.map(({ days, opens, closes }) => ({ days, opens, closes }))),
      programs: JSON.stringify(programDetails),
      directions: directionsUrl(location),
    },
    sort: {
      place: `${location.status === 'open' ? 0 : 1} ${US_STATE[address.state]} ${address.city} ${location.name}`,
    },
  };
}
