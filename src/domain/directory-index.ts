import type { Location } from '../schemas/location.ts';
import type { Program } from '../schemas/program.ts';
import type { Service } from '../schemas/service.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import * as en from '../i18n/en/index.ts';
import type { Directory } from './directory.ts';
import { NearestIndex } from './geo.ts';
import { memoize } from './memoize.ts';
import { US_STATE, type UsState } from './vocabulary.ts';

/** A "not offered" entry's program or service. */
export type NotOfferedItem = { kind: 'program'; doc: Program } | { kind: 'service'; doc: Service };

/** Where a program or service not offered at one location can be found instead. */
export type Alternative =
  | { kind: 'nearby'; location: Location; miles: number }
  /** Offered elsewhere, but neither location has coordinates to say which is nearest. */
  | { kind: 'elsewhere'; locations: Location[] }
  /** Offered by none of the organisation's open locations: the referral note applies. */
  | { kind: 'referral' };

interface StateGroup {
  state: UsState;
  name: string;
  cities: { city: string; locations: Location[] }[];
}

/** "1 location", "1,534 locations"; in Spanish "1,534 centros" (es-US groups as en-US). */
export const locationsLabel = (count: number, { labels, time }: Pick<Dictionary, 'labels' | 'time'> = en) =>
  labels.locations(count, count.toLocaleString(time.intl));

const byTitle = <T extends { title: string }>(a: T, b: T) => a.title.localeCompare(b.title);
const byPlace = (a: Location, b: Location) =>
  a.address.state.localeCompare(b.address.state) ||
  a.address.city.localeCompare(b.address.city) ||
  a.name.localeCompare(b.name);

/**
 * Who offers what, computed once per build from the validated directory: the joins every page needs,
 * so a page never scans all locations itself.
 */
export function createDirectoryIndex(directory: Directory) {
  const programs = [...directory.programs].sort((a, b) => a.order - b.order || byTitle(a, b));
  const services = [...directory.services].sort(byTitle);
  const locations = [...directory.locations].sort(byPlace);
  const programById = new Map(programs.map((p) => [p._id, p]));
  const serviceById = new Map(services.map((s) => [s._id, s]));

  const offeringProgram = new Map<string, Location[]>();
  const offeringService = new Map<string, Location[]>();
  const notOffering = new Map<string, { location: Location; entry: Location['notOffered'][number] }[]>();
  const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const location of locations) {
    for (const entry of location.programs) push(offeringProgram, entry.program, location);
    for (const id of location.servicesOffered) push(offeringService, id, location);
    for (const entry of location.notOffered) push(notOffering, entry.item, { location, entry });
  }
  const orgNotOffered = new Map(directory.settings.notOffered.map((entry) => [entry.item, entry]));
  // Program and service ids never collide (the graph checks give each id one type).
  const offering = (id: string) => offeringProgram.get(id) ?? offeringService.get(id) ?? [];
  const offers = (location: Location, id: string) =>
    location.servicesOffered.includes(id) || location.programs.some((entry) => entry.program === id);

  // Only open locations are suggested as the place to go instead.
  const openOffering = memoize((id: string) => offering(id).filter((l) => l.status === 'open'));
  const nearestIndexFor = memoize((id: string) => new NearestIndex(openOffering(id)));

  return {
    settings: directory.settings,
    languageAssistance: directory.languageAssistance,
    programs,
    services,
    locations,
    program: (id: string): Program | undefined => programById.get(id),
    service: (id: string): Service | undefined => serviceById.get(id),
    locationsOfferingProgram: (programId: string) => offeringProgram.get(programId) ?? [],
    locationsOfferingService: (serviceId: string) => offeringService.get(serviceId) ?? [],
    /** Locations that say they do not offer the program or service, with their entry (its note). */
    locationsNotOffering: (id: string) => notOffering.get(id) ?? [],
    /** The organisation-wide "not offered" entry for a program or service, if it is one. */
    orgNotOffered: (id: string) => orgNotOffered.get(id),
    /** The program or service a "not offered" entry names. */
    notOfferedItem(id: string): NotOfferedItem | undefined {
      const program = programById.get(id);
      if (program) return { kind: 'program', doc: program };
      const service = serviceById.get(id);
      return service && { kind: 'service', doc: service };
    },

    /** Where to go for a program or service `from` does not offer: the nearest open own location, or the referral. */
    alternativeFor(from: Location, id: string): Alternative {
      // Filtered once per item and cached: this runs for every "not offered" entry of every page (20,000 locations).
      const open = openOffering(id);
      const selfCounted = from.status === 'open' && offers(from, id) ? 1 : 0;
      if (open.length - selfCounted === 0) return { kind: 'referral' };
      const nearest = from.geo ? nearestIndexFor(id).nearest(from.geo, (l) => l !== from) : undefined;
      if (nearest) return { kind: 'nearby', location: nearest.item, miles: nearest.miles };
      return { kind: 'elsewhere', locations: open.filter((l) => l !== from) };
    },

    /** Locations grouped by state, then city, in alphabetical order. */
    locationsByState(): StateGroup[] {
      const groups: StateGroup[] = [];
      for (const location of locations) {
        const { state, city } = location.address;
        let group = groups.at(-1);
        if (group?.state !== state) groups.push((group = { state, name: US_STATE[state], cities: [] }));
        const cityGroup = group.cities.at(-1);
        if (cityGroup?.city === city) cityGroup.locations.push(location);
        else group.cities.push({ city, locations: [location] });
      }
      return groups;
    },
  };
}

export type DirectoryIndex = ReturnType<typeof createDirectoryIndex>;
