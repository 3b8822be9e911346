import type { DocumentLocation, DocumentLocationsState } from 'sanity/presentation';
import { higherLevels, programLabel } from '../../src/domain/levels.ts';
import { citySlug, STATE_LOCATION_LIMIT } from '../../src/domain/listings.ts';
import { inLocale, LIST_LIMIT, paths } from '../../src/domain/urls.ts';
import { US_STATE, type LevelOfCare, type UsState } from '../../src/domain/vocabulary.ts';

/**
 * Which pages of the site show a document, for Presentation's "Used on … pages": the GROQ that fetches what
 * decides it (run with `$id`, the published id, through the editor's perspective), and the pages it gives.
 * Paths, labels, city slugs and thresholds are the site's own, so the list cannot drift from the site; the
 * test (tests/studio/presentation-pages.test.ts) checks it against a built site both ways.
 */

/** Most location pages listed for a program or service: a national program runs at thousands of them. */
export const LISTED_LOCATIONS = 25;

/** A program or service as a page (slug null for a dangling reference or a missing slug). */
const linked = /* groq */ `{ _type, title, shortName, "slug": slug.current }`;

/** Locations that offer the document `$id` or say they do not (`references`), the first by name, and their count. */
const referringLocations = /* groq */ `
  "locations": *[_type == "location" && references($id)] | order(name asc) [0...${LISTED_LOCATIONS}]{
    name, "slug": slug.current, "city": address.city, "state": address.state
  },
  "referringCount": count(*[_type == "location" && references($id)])`;

export const LOCATION_PAGES_QUERY = /* groq */ `*[_type == "location" && _id == $id][0]{
  name,
  "slug": slug.current,
  "city": address.city,
  "state": address.state,
  "stateCount": count(*[_type == "location" && address.state == ^.address.state]),
  "locationCount": count(*[_type == "location"]),
  "programs": *[_type == "program"] | order(order asc){
    ...${linked},
    "offeredHere": _id in ^.programs[].program._ref,
    "offeredAt": count(*[_type == "location" && ^._id in programs[].program._ref])
  },
  "services": *[_type == "service" && (_id in ^.servicesOffered[]._ref || _id in ^.notOffered[].item._ref)]
    | order(title asc) ${linked}
}`;

export const PROGRAM_PAGES_QUERY = /* groq */ `*[_type == "program" && _id == $id][0]{
  ...${linked},
  category,
  "services": components[]->${linked},
  "programs": *[_type == "program" && _id != $id] | order(order asc){
    ...${linked},
    category,
    "fit": defined(suitableFor[0]) || defined(notSuitableFor[0])
  },
  ${referringLocations}
}`;

export const SERVICE_PAGES_QUERY = /* groq */ `*[_type == "service" && _id == $id][0]{
  ...${linked},
  "programs": *[_type == "program" && references($id)] | order(order asc) ${linked},
  ${referringLocations}
}`;

interface Linked {
  _type: string;
  title?: string | null;
  shortName?: string | null;
  slug?: string | null;
}

interface LocationRow {
  name?: string | null;
  slug?: string | null;
  city?: string | null;
  state?: string | null;
}

export interface LocationPages extends LocationRow {
  stateCount: number;
  locationCount: number;
  programs: (Linked & { offeredHere: boolean; offeredAt: number })[];
  services: Linked[];
}

interface ReferringLocations {
  locations: LocationRow[];
  referringCount: number;
}

type Ranked = Linked & { category: LevelOfCare };

export interface ProgramPages extends Ranked, ReferringLocations {
  services: (Linked | null)[] | null;
  programs: (Ranked & { fit: boolean })[];
}

export interface ServicePages extends Linked, ReferringLocations {
  programs: Linked[];
}

const HOME: DocumentLocation = { title: 'Home', href: paths.home };
const LOCATIONS: DocumentLocation = { title: 'Locations (all states)', href: paths.locations };
const PROGRAMS: DocumentLocation = { title: 'Programs', href: paths.programs };
const SERVICES: DocumentLocation = { title: 'Services', href: paths.services };
const SEARCH: DocumentLocation = { title: 'Search', href: paths.search };

const NO_SLUG: DocumentLocationsState = {
  message: 'Give it a slug to see the pages that will show it.',
  tone: 'caution',
};

const isState = (state: string | null | undefined): state is UsState => !!state && Object.hasOwn(US_STATE, state);

/** A program's or service's page, or nothing without a slug. */
function itemPage(item: Linked | null): DocumentLocation[] {
  if (!item?.slug) return [];
  const title = item.title ?? item.slug;
  if (item._type === 'program') {
    const label = item.shortName ? programLabel({ title, shortName: item.shortName }) : title;
    return [{ title: label, href: paths.program(item.slug) }];
  }
  return item._type === 'service' ? [{ title, href: paths.service(item.slug) }] : [];
}

function locationPage(location: LocationRow): DocumentLocation[] {
  if (!location.slug) return [];
  const title = [location.name ?? location.slug, location.city, location.state].filter(Boolean).join(', ');
  return [{ title, href: paths.location(location.slug) }];
}

/**
 * Each page once, where first given (a location may offer a service and also list it as not offered), then the
 * same pages in Spanish: every page has its twin under /es/ with the same slug.
 */
function unique(pages: DocumentLocation[]): DocumentLocation[] {
  const english = [...new Map(pages.map((page) => [page.href, page])).values()];
  return [
    ...english,
    ...english.map(({ title, href }) => ({ title: `${title} (Spanish)`, href: inLocale(href, 'es') })),
  ];
}

/** "Also on 12 more location pages." where the list stops short. */
function moreLocations({ locations, referringCount }: ReferringLocations): Pick<DocumentLocationsState, 'message'> {
  const more = referringCount - locations.length;
  return more > 0
    ? { message: `Also on ${more.toLocaleString('en-US')} more location page${more === 1 ? '' : 's'}.` }
    : {};
}

/**
 * A location: its own page; home and the locations index (by name, or in its state's count); its state's page,
 * and its city's page where the state is listed by city; the services it offers or says it does not; the
 * programs it offers, and those offered elsewhere whose page lists the locations without them (as
 * src/pages/programs/[slug].astro does while they are at most LIST_LIMIT).
 */
export function locationPages(doc: LocationPages | null): DocumentLocationsState | null {
  if (!doc) return null;
  if (!doc.slug) return NO_SLUG;
  const place: DocumentLocation[] = [];
  if (isState(doc.state)) {
    const name = US_STATE[doc.state];
    place.push({ title: `Locations in ${name}`, href: paths.state(doc.state) });
    const city = doc.city && citySlug(doc.city);
    if (city && doc.stateCount > STATE_LOCATION_LIMIT)
      place.push({ title: `Locations in ${doc.city}, ${name}`, href: paths.city(doc.state, city) });
  }
  const listsWithout = (offeredAt: number) => offeredAt > 0 && doc.locationCount - offeredAt <= LIST_LIMIT;
  const programs = doc.programs.filter((p) => p.offeredHere || listsWithout(p.offeredAt)).flatMap(itemPage);
  const services = doc.services.flatMap(itemPage);
  return { locations: unique([...locationPage(doc), HOME, LOCATIONS, ...place, ...programs, ...services]) };
}

/**
 * A program: its page, the programs index and home (levels of care), the services it includes, the programs
 * whose "Is it right for you?" points up to it, and the locations that offer it or say they do not.
 */
export function programPages(doc: ProgramPages | null): DocumentLocationsState | null {
  if (!doc) return null;
  if (!doc.slug) return NO_SLUG;
  const pointingUp = doc.programs.filter((other) => other.fit && higherLevels(other, [doc]).length > 0);
  return {
    locations: unique([
      ...itemPage(doc),
      PROGRAMS,
      HOME,
      ...(doc.services ?? []).flatMap(itemPage),
      ...pointingUp.flatMap(itemPage),
      ...doc.locations.flatMap(locationPage),
    ]),
    ...moreLocations(doc),
  };
}

/** A service: its page, the services index, the programs that include it, and the locations that offer it or not. */
export function servicePages(doc: ServicePages | null): DocumentLocationsState | null {
  if (!doc) return null;
  if (!doc.slug) return NO_SLUG;
  return {
    locations: unique([
      ...itemPage(doc),
      SERVICES,
      ...doc.programs.flatMap(itemPage),
      ...doc.locations.flatMap(locationPage),
    ]),
    ...moreLocations(doc),
  };
}

/** The settings (name, admissions phone, referral notes) show in the header and footer of every page: the main ones. */
export const SETTINGS_PAGES: DocumentLocationsState = {
  locations: unique([HOME, LOCATIONS, PROGRAMS, SERVICES, SEARCH]),
  message: 'The settings show in the header and footer of every page.',
};

/** The notice and taglines have one page of their own; every page's footer links to it. */
export const LANGUAGE_ASSISTANCE_PAGES: DocumentLocationsState = {
  locations: unique([{ title: 'Language assistance', href: paths.languageAssistance }]),
  message: 'Every page’s footer links to this page.',
};

type Pages = (result: unknown) => DocumentLocationsState | null;

/** Per document type with pages of its own: the query of what decides its pages, and the pages its result gives. */
export const PAGES_BY_TYPE: Readonly<Record<string, { query: string; pages: Pages }>> = {
  location: { query: LOCATION_PAGES_QUERY, pages: locationPages as Pages },
  program: { query: PROGRAM_PAGES_QUERY, pages: programPages as Pages },
  service: { query: SERVICE_PAGES_QUERY, pages: servicePages as Pages },
};
