/**
 * The importer's Spanish names: every service code of SAMHSA's 2022 legends (../shared/data) and every level of
 * care it maps to a program has one, and the documents it writes carry them as `title_es`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { addLegend, serviceFor, type Legend, type ServiceSpec } from '../../scripts/import-samhsa/legend.ts';
import { PROGRAMS } from '../../scripts/import-samhsa/mapping.ts';
import { SAME_NAME_IN_SPANISH, SERVICE_NAMES_ES } from '../../scripts/import-samhsa/spanish-names.ts';
import { byId, importFixture, requireSharedData, SHARED_DATA } from './helpers.ts';

/** Every service the 2022 legends make (the codes the importer maps to services), by code. */
function legendServices(): Map<string, ServiceSpec> {
  requireSharedData();
  const legend: Legend = new Map();
  for (const kind of ['MH', 'SA']) {
    const file = join(SHARED_DATA, `samhsa_national_directory_${kind}_2022_service_codes.csv`);
    addLegend(legend, readFileSync(file, 'utf8'), file);
  }
  const services = new Map<string, ServiceSpec>();
  for (const entry of legend.values()) {
    const spec = serviceFor(entry);
    if (spec) services.set(entry.code, spec);
  }
  return services;
}

/** Short names the same in both languages: acronyms. */
const ACRONYMS = new Set(['PHP', 'IOP', 'MOUD']);

describe('Spanish names of what the importer makes', () => {
  const services = legendServices();

  test('every service code of the 2022 legends has a Spanish name, none blank', () => {
    expect(services.size).toBeGreaterThan(150);
    const missing = [...services.values()].filter((s) => !s.title_es?.trim()).map((s) => s.code);
    expect(missing).toEqual([]);
  });

  test('no Spanish name is the English one, unless the code is listed as a name spelled alike', () => {
    const same = [...services.values()].filter((s) => s.title_es === s.title).map((s) => s.code);
    expect(same.sort()).toEqual([...SAME_NAME_IN_SPANISH].sort());
  });

  test('the table names only codes that are services (no stale entries)', () => {
    expect(Object.keys(SERVICE_NAMES_ES).filter((code) => !services.has(code))).toEqual([]);
  });

  test('special programs are titled as a Spanish speaker reads them', () => {
    expect(services.get('VET')).toMatchObject({
      title: 'Specialized program: Veterans',
      title_es: 'Programa especializado: Veteranos',
    });
    expect(services.get('TELE')?.title_es).toBe('Terapia por telemedicina o telesalud');
  });

  test('every level of care has a Spanish title and short name; only acronyms stay as they are', () => {
    for (const program of PROGRAMS) {
      expect(program.title_es.trim(), program.slug).not.toBe('');
      expect(program.title_es, program.slug).not.toBe(program.title);
      expect(program.shortName_es.trim(), program.slug).not.toBe('');
      if (program.shortName_es === program.shortName) expect(ACRONYMS, program.slug).toContain(program.shortName);
    }
    const bySlug = new Map(PROGRAMS.map((p) => [p.slug, p.title_es]));
    expect(bySlug.get('intensive-outpatient')).toBe('Programa intensivo ambulatorio');
    expect(bySlug.get('residential')).toBe('Tratamiento residencial');
    expect(bySlug.get('partial-hospitalization')).toMatch(/^Hospitalización parcial/);
    expect(bySlug.get('detox')).toMatch(/^Desintoxicación/);
  });

  test('the imported documents carry the Spanish names as title_es', () => {
    const docs = byId(importFixture().ndjson);
    const written = [...docs.values()].filter((doc) => doc._type === 'service' || doc._type === 'program');
    expect(written.length).toBeGreaterThan(10);
    for (const doc of written) expect(doc.title_es, doc._id).toEqual(expect.stringMatching(/\S/));
    expect(docs.get('program.intensive-outpatient')).toMatchObject({ title_es: 'Programa intensivo ambulatorio' });
    expect(docs.get('service.samhsa-cbt')).toMatchObject({ title_es: 'Terapia cognitivo-conductual' });
  });
});
