import { defineQuery } from 'groq';
import { splitField, TRANSLATABLE_FIELDS } from '../../src/domain/translatable.ts';

/**
 * The GROQ behind the Studio's editor tools (Coverage, Needs review, Offered nowhere, Closed or opening soon,
 * Missing Spanish, Mark reviewed). TypeGen reads this file beside `src/content-source/queries.ts` (`typegen.path` in
 * `sanity.cli.ts`). The desk lists take filters, the custom panes whole queries; both come from here.
 * Editors see drafts, so these queries leave perspectives to the client and never name `drafts.`.
 */

/** Days after which a location needs review; the same window as the `lastReviewed` warning (`lib/rules.ts`). */
export const REVIEW_WINDOW_DAYS = 180;

/** The `$reviewedBefore` parameter: the earliest `lastReviewed` date that is still recent enough on `today`. */
export function reviewedBefore(today: Date = new Date()): string {
  const day = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(day - REVIEW_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
}

/** Locations never reviewed, or last reviewed before `$reviewedBefore` (see {@link reviewedBefore}). */
export const NEEDS_REVIEW_FILTER = /* groq */ `_type == "location" && (!defined(lastReviewed) || lastReviewed < $reviewedBefore)`;

/** Locations that are not open now: temporarily closed or opening soon. */
export const CLOSED_OR_OPENING_SOON_FILTER = /* groq */ `_type == "location" && status in ["temporarily-closed", "opening-soon"]`;

/** An English value without a Spanish one: `length()` measures text and lists (aliases, Portable Text) alike. */
const untranslated = (field: string) => `coalesce(length(${field}), 0) > 0 && coalesce(length(${field}_es), 0) == 0`;

/** The condition for one translatable field; for a field of list items, any item without its translation. */
function missingSpanish(path: string): string {
  const { list, field } = splitField(path);
  return list ? `count(${list}[${untranslated(field)}]) > 0` : untranslated(field);
}

/**
 * Documents of the types `$types` (see {@link MISSING_SPANISH_PARAMS}) with a translatable field that has English
 * and no Spanish. Built once from the fixed list of translatable fields; no two types share a field name with a
 * different meaning, so one condition per field serves every type.
 */
export const MISSING_SPANISH_FILTER = `_type in $types && (${[
  ...new Set(Object.values(TRANSLATABLE_FIELDS).flat().map(missingSpanish)),
].join(' || ')})`;

export const MISSING_SPANISH_PARAMS = { types: Object.keys(TRANSLATABLE_FIELDS) };

/** Needs review, oldest first; a missing date counts as the oldest. */
export const NEEDS_REVIEW_QUERY = defineQuery(`*[${NEEDS_REVIEW_FILTER}]
  | order(coalesce(lastReviewed, "0000-00-00") asc, name asc){ _id, name, status, lastReviewed, "state": address.state }`);

export const CLOSED_OR_OPENING_SOON_QUERY = defineQuery(`*[${CLOSED_OR_OPENING_SOON_FILTER}]
  | order(status asc, name asc){ _id, name, status, "state": address.state }`);

const openLocations = /* groq */ `*[_type == "location" && status == "open"]`;

/**
 * Programs and services that no open location offers, programs first; `orgWideNote` says whether site settings
 * carry an organisation-wide "not offered" entry for it (what the site shows visitors instead of locations).
 * The ids offered anywhere are gathered once in an outer object (`^.offered`): a subquery inside the filter
 * would run once per candidate, which took groq-js 11 s over one imported state.
 */
export const OFFERED_NOWHERE_QUERY = defineQuery(`{
  "offered": [...${openLocations}.programs[].program._ref, ...${openLocations}.servicesOffered[]._ref],
  "orgWide": *[_type == "siteSettings"][0].notOffered[].item._ref
}{
  "items": *[_type in ["program", "service"] && !(_id in ^.offered)] | order(_type asc, title asc){
    _id,
    _type,
    title,
    "orgWideNote": _id in ^.orgWide
  }
}.items`);

/** The locations Coverage shows: all, or one US state's (`$state`, empty for all). */
const coverageLocations = /* groq */ `*[_type == "location" && ($state == "" || address.state == $state)]`;

/**
 * Coverage's columns, the rows of one page (`$start`…`$end`) and the total. The
 * column counts are a query of their own (COVERAGE_COUNTS_QUERY): at 19,000 locations they scan every location
 * once per program, and the page must not wait for them.
 */
export const COVERAGE_PAGE_QUERY = defineQuery(`{
  "programs": *[_type == "program"] | order(order asc, title asc){ _id, title, shortName },
  "total": count(${coverageLocations}),
  "locations": ${coverageLocations} | order(address.state asc, address.city asc, name asc) [$start...$end]{
    _id,
    name,
    status,
    "city": address.city,
    "state": address.state,
    "offered": programs[].program._ref,
    "notOffered": notOffered[].item._ref
  }
}`);

/**
 * The US states that have locations: the desk's "Locations by state" and Coverage's filter. Asked once, not
 * with every page: `array::unique` over 19,000 locations took groq-js 5.6 s.
 */
export const LOCATION_STATES_QUERY = defineQuery(
  `array::unique(*[_type == "location" && defined(address.state)].address.state)`,
);

/** How many locations (all, or `$state`'s) offer each program, and how many list it as not offered. */
export const COVERAGE_COUNTS_QUERY = defineQuery(`*[_type == "program"]{
  _id,
  "offered": count(*[_type == "location" && ($state == "" || address.state == $state) && ^._id in programs[].program._ref]),
  "notOffered": count(*[_type == "location" && ($state == "" || address.state == $state) && ^._id in notOffered[].item._ref])
}`);
