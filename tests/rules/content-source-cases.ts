import { edit, refTo, type Change } from '../hardening/corpus.ts';

/** One dataset edit, applied to the mock dataset (tests/fixtures/dataset.ts). */
export interface DatasetCase {
  name: string;
  change: Change;
  /** Edits the NDJSON text after `change`, for what is not a document at all. */
  raw?: (ndjson: string) => string;
}

const downtown = (change: Parameters<typeof edit>[1]) => edit('location.downtown', change);
const eastside = (change: Parameters<typeof edit>[1]) => edit('location.eastside', change);

/** The content-source error cases (tests/content-source/bad-input.test.ts), as data, plus the example. */
export const CONTENT_SOURCE_CASES: DatasetCase[] = [
  { name: 'a missing required field (address.city)', change: downtown((d) => delete d.address.city) },
  {
    name: 'a phone number not in E.164 form',
    change: eastside((d) => (d.admissionsPhone.number = '503-555-0101')),
  },
  {
    name: 'a well-formed phone number that does not exist',
    change: edit('siteSettings', (d) => (d.admissionsPhone.number = '+15035')),
  },
  { name: 'an 8-digit phone extension', change: downtown((d) => (d.admissionsPhone.extension = '12345678')) },
  { name: 'a duplicate slug', change: eastside((d) => (d.slug.current = 'downtown')) },
  {
    name: 'a dangling reference',
    change: edit('program.iop', (d) => d.components.push(refTo('service.gone', 'gone'))),
  },
  {
    name: 'a reference to a document of the wrong type',
    change: downtown((d) => (d.servicesOffered[0]._ref = 'program.iop')),
  },
  {
    name: 'a service both offered and not offered at one location',
    change: eastside((d) => (d.notOffered[0].item._ref = 'service.group-therapy')),
  },
  {
    name: 'a program both run and not offered at one location',
    change: eastside((d) => (d.notOffered[0].item._ref = 'program.iop')),
  },
  {
    name: 'a program listed twice at one location',
    change: downtown((d) => d.programs.push({ ...d.programs[0], _key: 'again' })),
  },
  { name: 'a location without an admissions or main phone', change: downtown((d) => delete d.admissionsPhone) },
  {
    name: 'several problems in several documents',
    change: (docs) => {
      downtown((d) => (d.address.zip = '9720'))(docs);
      eastside((d) => {
        d.timeZone = 'Mars/Olympus_Mons';
        d.hours[0].closes = '07:00';
        d.programs[0].program._ref = 'program.missing';
      })(docs);
    },
  },
  { name: 'a status outside the vocabulary', change: downtown((d) => (d.status = 'gone')) },
  {
    name: 'documents of unknown types',
    change: (docs) => docs.push({ _id: 'promo.1', _type: 'promotion', title: 'Ignored' }),
  },
  {
    name: 'drafts beside the published documents',
    change: (docs) => {
      const draft = structuredClone(docs.find((d) => d._id === 'location.downtown')!);
      docs.push({ ...draft, _id: 'drafts.location.downtown', name: 'Draft name' });
    },
  },
  {
    name: 'a malformed NDJSON line',
    change: () => {},
    raw: (text) => text.replace('\n', '\n{"_id": "service.broken", "_type": "service",\n'),
  },
  { name: 'an empty dataset', change: () => {}, raw: () => '' },
  {
    name: 'a dataset without locations',
    change: (docs) => docs.splice(0, docs.length, ...docs.filter((d) => d._type !== 'location')),
  },
];
