import { describe, expect, test } from 'vitest';
import { displayName } from '../../src/schemas/common.ts';
import { geo } from '../../src/schemas/location.ts';
import { displayNameProblem, geoProblem } from '../../src/domain/content-rules.ts';

describe('rules the Studio and the build share', () => {
  test('names: length and invisible characters', () => {
    expect(displayNameProblem('Hawthorne Clinic')).toBeUndefined();
    expect(displayNameProblem('Clínica 👩‍⚕️ Hawthorne')).toBeUndefined();
    expect(displayNameProblem('Hawthorne\u200BClinic')).toMatch(/invisible/);
    expect(displayNameProblem('\u202EcinilC')).toMatch(/text-direction/);
    expect(displayNameProblem('x'.repeat(201))).toMatch(/at most 200/);
  });

  test('the zod schema and the Studio rule give the same answer', () => {
    for (const name of ['Hawthorne Clinic', 'Hawthorne\u200BClinic', 'x'.repeat(300)]) {
      const zodOk = displayName.safeParse(name).success;
      expect(zodOk, name).toBe(displayNameProblem(name) === undefined);
    }
    for (const point of [
      { lat: 45.5, lng: -122.6 },
      { lat: 0, lng: 0 },
      { lat: -122.6, lng: 45.5 },
      { lat: 13.4, lng: 144.8 },
    ]) {
      expect(geo.safeParse(point).success, JSON.stringify(point)).toBe(geoProblem(point) === undefined);
    }
  });
});
