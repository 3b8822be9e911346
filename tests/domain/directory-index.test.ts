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
    expect(directory.locationsNotOfferingService('service.yoga').map((e) => e.location.name)).toEqual([
      'Eastside Clinic',
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
    expect(fresh.alternativeFor(eastside, 'service.detox')).toEqual({ kind: 'referral' });
    expect(fresh.orgNotOffered('service.detox')).toMatchObject({ service: 'service.detox' });
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
