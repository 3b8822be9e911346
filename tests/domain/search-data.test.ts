import { describe, expect, test } from 'vitest';
import { loadFile } from '../content-source/helpers.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { createDirectoryIndex } from '../../src/domain/directory-index.ts';
import { offersFilter } from '../../src/domain/offers-filter.ts';
import { locationSearchData } from '../../src/domain/search-data.ts';

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
      ]);
      expect(data.filters?.program).toEqual(programs.map((p) => p.title));
      expect(data.filters).not.toHaveProperty('service');
      expect(data.keywords, 'what is offered is not indexed as words').toBeUndefined();
    }
  });

  test('program and service filters never share a name', () => {
    expect(offersFilter('program', 'detox')).not.toBe(offersFilter('service', 'detox'));
  });
});
