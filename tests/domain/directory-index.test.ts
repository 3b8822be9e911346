import { describe, expect, test } from 'vitest';
import { loadFile } from '../content-source/helpers.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { createDirectoryIndex, locationsLabel } from '../../src/domain/directory-index.ts';

type Doc = Record<string, any>;

/** The mock directory with a third location in Seattle that offers yoga. */
async function directoryWithSeattle() {
  const docs = createMockDataset() as Doc[];
  const seattle = structuredClone(docs.find((d) => d._id === 'location.downtown')!);
  Object.assign(seattle, {
    _id: 'location.seattle',
    name: 'Seattle Clinic',
    slug: { _type: 'slug', current: 'seattle' },
    address: { ...seattle.address, city: 'Seattle', state: 'WA', zip: '98101' },
    geo: { _type: 'geopoint', lat: 47.61, lng: -122.33 },
  });
  docs.push(seattle);
  return createDirectoryIndex(await loadFile(docs as any));
}

describe('who offers what', () => {
  test('locations offering a service or program, in place order', async () => {
    const directory = await directoryWithSeattle();
    expect(directory.locationsOfferingService('service.yoga').map((l) => l.name)).toEqual([
      'Downtown Clinic',
      'Seattle Clinic',
    ]);
    expect(directory.locationsOfferingProgram('program.iop')).toHaveLength(3);
    expect(directory.locationsNotOffering('service.yoga').map((e) => e.location.name)).toEqual(['Eastside Clinic']);
    expect(directory.locationsNotOffering('program.detox').map((e) => e.location.name)).toEqual([
      'Downtown Clinic',
      'Seattle Clinic',
    ]);
  });

  test('a service not offered here points to the nearest open location that offers it', async () => {
    const directory = await directoryWithSeattle();
    const eastside = directory.locations.find((l) => l.slug === 'eastside')!;
    const alternative = directory.alternativeFor(eastside, 'service.yoga');
    expect(alternative).toMatchObject({ kind: 'nearby', location: { name: 'Downtown Clinic' } });
  });

  test('closed locations are not suggested; with none left, the referral applies', async () => {
    const directory = await directoryWithSeattle();
    for (const l of directory.locations) if (l.slug === 'downtown') l.status = 'temporarily-closed';
    const eastside = directory.locations.find((l) => l.slug === 'eastside')!;
    // A fresh index: the nearest-point index is built lazily from the statuses at first use.
    const fresh = createDirectoryIndex({ ...directory, settings: directory.settings });
    expect(fresh.alternativeFor(eastside, 'service.yoga')).toMatchObject({
      kind: 'nearby',
      location: { name: 'Seattle Clinic' },
    });
    expect(fresh.alternativeFor(eastside, 'program.detox')).toEqual({ kind: 'referral' });
    expect(fresh.orgNotOffered('program.detox')).toMatchObject({ item: 'program.detox' });
    expect(fresh.orgNotOffered('service.yoga')).toBeUndefined();
  });

  test('a program not offered here points to the nearest open location that runs it', async () => {
    const docs = createMockDataset() as Doc[];
    const eastside = docs.find((d) => d._id === 'location.eastside')!;
    // Eastside no longer runs IOP and says so; Downtown (same point) and a farther Salem clinic do.
    eastside.programs = [];
    eastside.notOffered.push({
      _type: 'notOfferedItem',
      _key: 'iop',
      item: { _type: 'reference', _ref: 'program.iop' },
    });
    const salem = structuredClone(docs.find((d) => d._id === 'location.downtown')!);
    Object.assign(salem, {
      _id: 'location.salem',
      name: 'Salem Clinic',
      slug: { _type: 'slug', current: 'salem' },
      geo: { _type: 'geopoint', lat: 44.94, lng: -123.03 },
    });
    docs.push(salem);
    const directory = createDirectoryIndex(await loadFile(docs as any));
    const from = directory.locations.find((l) => l.slug === 'eastside')!;
    expect(directory.notOfferedItem('program.iop')).toMatchObject({ kind: 'program', doc: { shortName: 'IOP' } });
    expect(directory.notOfferedItem('service.yoga')).toMatchObject({ kind: 'service', doc: { title: 'Yoga' } });
    expect(directory.notOfferedItem('location.salem')).toBeUndefined();
    expect(directory.alternativeFor(from, 'program.iop')).toMatchObject({
      kind: 'nearby',
      location: { name: 'Downtown Clinic' },
      miles: 0,
    });
    // A location that runs the program itself is not counted as the only place left.
    const downtown = directory.locations.find((l) => l.slug === 'downtown')!;
    expect(directory.alternativeFor(downtown, 'program.iop')).toMatchObject({ location: { name: 'Salem Clinic' } });
  });

  test('locations group by state, then city', async () => {
    const directory = await directoryWithSeattle();
    expect(
      directory.locationsByState().map((g) => [g.name, g.cities.map((c) => [c.city, c.locations.length])]),
    ).toEqual([
      ['Oregon', [['Portland', 2]]],
      ['Washington', [['Seattle', 1]]],
    ]);
  });
});

describe('counting locations in words', () => {
  test('one location, many with a thousands separator', () => {
    expect(locationsLabel(1)).toBe('1 location');
    expect(locationsLabel(0)).toBe('0 locations');
    expect(locationsLabel(1534)).toBe('1,534 locations');
  });
});
