import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSamhsa, type ImportOptions } from '../../scripts/import-samhsa/import.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** The fixture pair (each with its legend beside it) and the geocoded copy of the MH file. */
export const FIXTURE = {
  mh: join(FIXTURES, 'fixture_MH_2022_facilities.csv'),
  sa: join(FIXTURES, 'fixture_SA_2022_facilities.csv'),
  geo: join(FIXTURES, 'fixture_mh_2022_facilities_with_osm_latlong.csv'),
};

/** SAMHSA's 2022 directory, shared beside the repository (`../shared/data/samhsa-2022/`). */
export const SHARED_DATA = resolve(ROOT, '../shared/data/samhsa-2022');
export const SHARED = {
  mh: join(SHARED_DATA, 'samhsa_national_directory_MH_2022_facilities.csv'),
  sa: join(SHARED_DATA, 'samhsa_national_directory_SA_2022_facilities.csv'),
  geo: join(SHARED_DATA, 'samhsa_mh_2022_facilities_with_osm_latlong.csv'),
};

/** Fails with a message that says what is missing, rather than an ENOENT deep in the importer. */
export function requireSharedData(): void {
  const missing = Object.values(SHARED).filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(
      `The SAMHSA data is absent: ${missing.join(', ')} not found. These tests read ../shared/data/samhsa-2022/ ` +
        '(beside the repository; CI always has it). Put the shared folder back to run them.',
    );
}

export function importFixture(options: Partial<ImportOptions> = {}) {
  return importSamhsa({ inputs: [FIXTURE.mh, FIXTURE.sa], geo: FIXTURE.geo, ...options });
}

type Doc = { _id: string; [field: string]: unknown };

/** The documents of an NDJSON text, by id. */
export function byId(ndjson: string): Map<string, Doc> {
  const docs = ndjson
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Doc);
  return new Map(docs.map((doc) => [doc._id, doc]));
}

/** Report paths as file names, so expectations do not depend on where the repository lives. */
export const fileName = <T extends { file: string }>(item: T) => ({ ...item, file: basename(item.file) });
