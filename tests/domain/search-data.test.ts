import { describe, expect, test } from 'vitest';
import { loadFile } from '../content-source/helpers.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { createDirectoryIndex } from '../../src/domain/directory-index.ts';
import { parsePlaceValue, regionFilter } from '../../src/domain/geo-cells.ts';
import { offersFilter, VALUE_FACETS, valueFilter } from '../../src/domain/offers-filter.ts';
import { locationSearchData, type ProgramDetails } from '../../src/domain/search-data.ts';

describe('what search knows a location by', () => {
  test('each program and service offered is its own offers filter; services are not a facet value list', async () => {
    const directory = createDirectoryIndex(await loadFile(createMockDataset() as never));
    expect(directory.locations.some((l) => l.programs.length > 0 && l.servicesOffered.length > 0)).toBe(true);
    for (const location of directory.locations) {
      const programs = location.programs.map((e) => directory.program(e.program)!);
      const services = location.servicesOffered.map((id) => directory.service(id)!);
      const data = locationSearchData(location, { programs, services });
      expect(data.offers).toEqual([
        ...programs.map((p) => offersFilter('program', p.slug)),
        ...services.map((s) => offersFilter('service', s.slug)),
        ...VALUE_FACETS.flatMap((facet) => data.filters![facet]!.map((value) => valueFilter(facet, value))),
      ]);
      for (const language of location.languages) expect(data.offers).toContain(valueFilter('language', language));
      expect(data.filters, 'programs and services are offers filters only').not.toHaveProperty('program');
      expect(data.filters).not.toHaveProperty('service');
      expect(data.keywords, 'what is offered is not indexed as words').toBeUndefined();
    }
  });

  test('a result card gets status, hours, time zone and how each program is offered; places sort open first', async () => {
    const directory = createDirectoryIndex(await loadFile(createMockDataset() as never));
    const keys = directory.locations.map((location) => {
      const programs = location.programs.map((e) => directory.program(e.program)!);
      const data = locationSearchData(location, { programs, services: [] });
      expect(data.meta).toMatchObject({ status: location.status, timeZone: location.timeZone });
      expect(JSON.parse(data.meta!.hours!)).toEqual(
        location.hours.map(({ days, opens, closes }) => ({ days, opens, closes })),
      );
      const details = JSON.parse(data.meta!.programs!) as ProgramDetails;
      expect(Object.keys(details)).toEqual(programs.map((p) => offersFilter('program', p.slug)));
      for (const entry of location.programs) {
        const detail = details[offersFilter('program', directory.program(entry.program)!.slug)]!;
        expect(detail).toEqual({ formats: entry.formats, ...(entry.scheduleNote && { note: entry.scheduleNote }) });
      }
      return { open: location.status === 'open', key: data.sort!.place! };
    });
    const sorted = [...keys].sort((a, b) => a.key.localeCompare(b.key));
    const open = keys.filter((k) => k.open).length;
    expect(sorted.map((k) => k.open)).toEqual(keys.map((_, i) => i < open));
  });

  test('a location with coordinates is filed under its region, with itself as the value (for distance search)', async () => {
    const directory = createDirectoryIndex(await loadFile(createMockDataset() as never));
    const placed = directory.locations.filter((l) => l.geo);
    expect(placed.length).toBeGreaterThan(0);
    for (const location of directory.locations) {
      const { filters } = locationSearchData(location, { programs: [], services: [] });
      const regions = Object.keys(filters!).filter((name) => name.startsWith('g-'));
      if (!location.geo) {
        expect(regions).toEqual([]);
        continue;
      }
      expect(regions).toEqual([regionFilter(location.geo)]);
      expect(filters![regions[0]!]!.map(parsePlaceValue)).toEqual([
        {
          point: location.geo,
          operating: location.status === 'open',
          city: `${location.address.city}, ${location.address.state}`,
        },
      ]);
    }
  });

  test('program and service filters never share a name', () => {
    expect(offersFilter('program', 'detox')).not.toBe(offersFilter('service', 'detox'));
  });
});
