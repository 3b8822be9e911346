import { describe, expect, it } from 'vitest';
import { countBy, haversineMiles, nearestOffering, readOracleDataset, zipCentroid } from './oracles.ts';

// The oracles judge the site, so they get checks of their own against figures known from outside the project.
describe('test oracles', () => {
  const dataset = readOracleDataset();

  it('measures great-circle miles', () => {
    // Portland, OR to Seattle, WA city halls: about 145 miles as the crow flies.
    expect(haversineMiles({ lat: 45.5152, lng: -122.6784 }, { lat: 47.6062, lng: -122.3321 })).toBeCloseTo(145, -1);
    expect(haversineMiles({ lat: 10, lng: 20 }, { lat: 10, lng: 20 })).toBe(0);
  });

  it('knows Census ZIP centroids and no made-up ZIPs', () => {
    const portland = zipCentroid('97214')!;
    expect(portland.lat).toBeCloseTo(45.51, 1);
    expect(portland.lng).toBeCloseTo(-122.64, 1);
    expect(zipCentroid('00000')).toBeUndefined();
  });

  it('reads published locations only, with their references', () => {
    expect(dataset.locations.length).toBeGreaterThan(5);
    expect(dataset.locations.every((l) => !l.id.startsWith('drafts.'))).toBe(true);
    expect(dataset.locations.some((l) => l.programs.length > 0 && l.services.length > 0)).toBe(true);
  });

  it('orders places offering something open first, then nearest', () => {
    const program = dataset.locations.flatMap((l) => l.programs)[0]!.id;
    const places = nearestOffering(dataset, zipCentroid('97214')!, program);
    expect(places.length).toBeGreaterThan(0);
    const open = places.map((p) => p.location.status === 'open');
    expect(open.indexOf(false) === -1 || open.lastIndexOf(true) < open.indexOf(false)).toBe(true);
    const openMiles = places.filter((p) => p.location.status === 'open').map((p) => p.miles);
    expect(openMiles).toEqual([...openMiles].sort((a, b) => a - b));
  });

  it('counts locations per value', () => {
    const byState = countBy(dataset, (l) => [l.state]);
    expect([...byState.values()].reduce((a, b) => a + b, 0)).toBe(dataset.locations.length);
  });
});
