import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The location the draft changes, as published in the bundled dataset, and what its draft says. */
export const LOCATION = {
  id: 'location.capitol-hill-seattle',
  slug: 'capitol-hill-seattle',
  name: 'Capitol Hill Clinic',
};
export const DRAFT = { name: 'Pine Street Draft Clinic', phone: '+12065550177', phoneText: '(206) 555-0177' };

/** The bundled dataset plus an unpublished draft of one location (a new name and admissions phone). */
export function writeDraftsDataset(): string {
  const bundled = readFileSync(join(import.meta.dirname, '../../../sanity/dataset/directory.ndjson'), 'utf8');
  const published = bundled
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { _id: string; admissionsPhone: { number: string } })
    .find((doc) => doc._id === LOCATION.id);
  if (!published) throw new Error(`${LOCATION.id} is not in the bundled dataset`);
  const draft = {
    ...published,
    _id: `drafts.${LOCATION.id}`,
    name: DRAFT.name,
    admissionsPhone: { ...published.admissionsPhone, number: DRAFT.phone },
  };
  const path = join(mkdtempSync(join(tmpdir(), 'preview-drafts-')), 'dataset.ndjson');
  writeFileSync(path, `${bundled.trimEnd()}\n${JSON.stringify(draft)}\n`);
  return path;
}
