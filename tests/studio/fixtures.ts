import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp-dir.ts';

type Doc = Record<string, any>;

const today = () => new Date().toISOString().slice(0, 10);
const ref = (id: string, key?: string) => ({ _type: 'reference', _ref: id, ...(key ? { _key: key } : {}) });

/** A small dataset that passes every Studio rule: settings, two services, one program, one location. */
export function createStudioDataset(): Doc[] {
  return [
    {
      _id: 'siteSettings',
      _type: 'siteSettings',
      organizationName: 'Example Health',
      admissionsPhone: { _type: 'phone', number: '+15035550100' },
      reportProblemEmail: 'fixes@example.org',
      notOfferedNote: 'We do not run an emergency room: call 911.',
      referralResources: [
        { _key: 'r1', _type: 'referralResource', name: '988 Lifeline', url: 'https://988lifeline.org' },
      ],
    },
    {
      _id: 'service.cbt',
      _type: 'service',
      title: 'CBT',
      slug: { _type: 'slug', current: 'cbt' },
      category: 'therapy',
    },
    {
      _id: 'service.detox',
      _type: 'service',
      title: 'Detox',
      slug: { _type: 'slug', current: 'detox' },
      category: 'medical',
    },
    {
      _id: 'program.iop',
      _type: 'program',
      title: 'Intensive outpatient',
      shortName: 'IOP',
      slug: { _type: 'slug', current: 'intensive-outpatient' },
      category: 'intensive-outpatient',
      summary: 'Three to five days a week.',
      components: [ref('service.cbt', 'c1')],
    },
    {
      _id: 'location.downtown',
      _type: 'location',
      name: 'Downtown Clinic',
      slug: { _type: 'slug', current: 'downtown' },
      status: 'open',
      address: { _type: 'address', street1: '1 Main St', city: 'Portland', state: 'OR', zip: '97204' },
      timeZone: 'America/Los_Angeles',
      admissionsPhone: { _type: 'phone', number: '+15035550142' },
      hours: [{ _key: 'h1', _type: 'openingHours', days: ['mon', 'tue'], opens: '08:00', closes: '17:00' }],
      programs: [{ _key: 'p1', _type: 'offeredProgram', program: ref('program.iop'), formats: ['in-person'] }],
      servicesOffered: [ref('service.cbt', 's1')],
      notOffered: [{ _key: 'n1', _type: 'notOfferedItem', item: ref('service.detox') }],
      lastReviewed: today(),
    },
  ];
}

/** The dataset with one document changed in place. */
export function withChange(docs: Doc[], id: string, change: (doc: Doc) => void): Doc[] {
  const doc = docs.find((d) => d._id === id);
  if (!doc) throw new Error(`no ${id} in the fixture`);
  change(doc);
  return docs;
}

/** Writes documents as NDJSON to a fresh temporary file and returns its absolute path. */
export function writeNdjson(docs: readonly Doc[]): string {
  const path = join(tempDir('studio-dataset-'), 'dataset.ndjson');
  writeFileSync(path, docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  return path;
}
