/**
 * The reverse of the parity test, as a property: a dataset the Studio accepts always passes the build's parse
 * and graph checks. Samples are the mock dataset with a few random edits, each drawing a value that may or may
 * not be valid (names with invisible characters, slugs that collide, phones of other countries, impossible
 * times, dates and coordinates, references to the wrong type or to nothing, repeats, overlaps). Edits keep what
 * the Studio itself guarantees (a fresh `_key` per array item), as an editor's changes would.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createMockDataset, toNdjson } from '../fixtures/dataset.ts';
import { hostileText, type Doc } from '../hardening/corpus.ts';
import { buildProblems, studioProblems } from './both-sides.ts';

type Edit = (docs: Doc[], key: () => string) => void;

const byId = (docs: Doc[], id: string) => docs.find((doc) => doc._id === id)!;
const LOCATIONS = ['location.downtown', 'location.eastside'];
const PROGRAMS = ['program.iop', 'program.detox'];
const SERVICES = ['service.group-therapy', 'service.yoga'];
/** Anything a reference might name: right and wrong types, a draft, nothing. */
const TARGETS = [...PROGRAMS, ...SERVICES, ...LOCATIONS, 'siteSettings', 'drafts.service.yoga', 'service.gone'];

const text = fc.oneof(
  fc.constantFrom('Hawthorne Clinic', 'Clínica 👩‍⚕️', 'IOP', ' ', '\u00A0\u3000', 'x'.repeat(201)),
  hostileText,
  fc.string({ maxLength: 12 }),
);
const slug = fc.oneof(
  fc.constantFrom('downtown', 'eastside', 'yoga', 'group-therapy', 'intensive-outpatient', 'detox'),
  fc.stringMatching(/^[a-z0-9-]{1,10}$/),
  fc.string({ maxLength: 6 }),
);
const phoneNumber = fc.oneof(
  { arbitrary: fc.integer({ min: 100, max: 199 }).map((n) => `+15035550${n}`), weight: 3 },
  { arbitrary: fc.constantFrom('+1503555', '+442079460958', '503-555-0101', '+1503555CALL', ''), weight: 1 },
);
// Up to 6 digits, or (mostly) 7 to 9, or not digits.
const extension = fc.oneof(
  fc.nat({ max: 999_999 }).map(String),
  fc.nat({ max: 999_999_999 }).map(String),
  fc.constantFrom('x204', '12<b>'),
);
const phone = fc.record({ number: phoneNumber, extension }, { requiredKeys: ['number'] });
const clock = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${h}`.padStart(2, '0').concat(':', `${m}`.padStart(2, '0'))),
  fc.constantFrom('24:00', '25:00', '5pm', '8:00'),
);
const someOf = (values: string[]) => fc.array(fc.constantFrom(...values), { maxLength: 4 });
const coordinate = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true });

const onLocation = (edit: (doc: Doc, key: () => string) => void) =>
  fc.constantFrom(...LOCATIONS).map(
    (id): Edit =>
      (docs, key) =>
        edit(byId(docs, id), key),
  );
const onProgram = (edit: (doc: Doc, key: () => string) => void) =>
  fc.constantFrom(...PROGRAMS).map(
    (id): Edit =>
      (docs, key) =>
        edit(byId(docs, id), key),
  );
const ref = (id: string, key: string) => ({ _type: 'reference', _ref: id, _key: key });

const EDITS: fc.Arbitrary<Edit>[] = [
  text.chain((value) => onLocation((d) => (d.name = value))),
  text.chain((value) => onProgram((d) => (d.title = value))),
  text.map(
    (value): Edit =>
      (docs) =>
        (byId(docs, 'service.yoga').title = value),
  ),
  text.map(
    (value): Edit =>
      (docs) =>
        (byId(docs, 'siteSettings').organizationName = value),
  ),
  fc.tuple(fc.constantFrom(...LOCATIONS, ...PROGRAMS, ...SERVICES), slug).map(
    ([id, value]): Edit =>
      (docs) =>
        (byId(docs, id).slug.current = value),
  ),
  fc
    .tuple(fc.constantFrom('admissionsPhone', 'mainPhone', 'faxPhone'), fc.option(phone, { nil: undefined }))
    .chain(([field, value]) => onLocation((d) => (d[field] = value && { _type: 'phone', ...value }))),
  phone.map(
    (value): Edit =>
      (docs) =>
        (byId(docs, 'siteSettings').admissionsPhone = { _type: 'phone', ...value }),
  ),
  fc
    .record({ zip: fc.oneof(fc.stringMatching(/^\d{5}(-\d{4})?$/), fc.string({ maxLength: 10 })), city: text })
    .chain(({ zip, city }) => onLocation((d) => Object.assign(d.address, { zip, city }))),
  fc.constantFrom('OR', 'WA', 'PR', 'XX', 'or').chain((state) => onLocation((d) => (d.address.state = state))),
  fc
    .oneof(
      fc.record({ lat: coordinate(200), lng: coordinate(200) }),
      fc.record({
        lat: fc.double({ min: 25, max: 49, noNaN: true }),
        lng: fc.double({ min: -124, max: -67, noNaN: true }),
      }),
    )
    .chain((point) => onLocation((d) => (d.geo = { _type: 'geopoint', ...point }))),
  fc
    .constantFrom('America/Los_Angeles', 'America/New_York', 'UTC', 'America/Portland', 'PST', '-08:00')
    .chain((zone) => onLocation((d) => (d.timeZone = zone))),
  fc
    .record({ opens: clock, closes: clock, days: someOf(['mon', 'tue', 'sun', 'monday']) })
    .chain((hours) => onLocation((d, key) => d.hours.push({ _type: 'openingHours', _key: key(), ...hours }))),
  fc
    .record({ program: fc.constantFrom(...TARGETS), formats: someOf(['in-person', 'telehealth', 'online']) })
    .chain(({ program, formats }) =>
      onLocation((d, key) =>
        d.programs.push({ _type: 'offeredProgram', _key: key(), program: ref(program, key()), formats }),
      ),
    ),
  fc.constantFrom(...TARGETS).chain((id) => onLocation((d, key) => d.servicesOffered.push(ref(id, key())))),
  fc
    .constantFrom(...TARGETS)
    .chain((id) =>
      onLocation((d, key) => d.notOffered.push({ _type: 'notOfferedItem', _key: key(), item: ref(id, key()) })),
    ),
  fc.constantFrom(...TARGETS).map(
    (id): Edit =>
      (docs, key) =>
        byId(docs, 'siteSettings').notOffered.push({ _type: 'notOfferedItem', _key: key(), item: ref(id, key()) }),
  ),
  fc.constantFrom(...TARGETS).chain((id) => onProgram((d, key) => (d.components ??= []).push(ref(id, key())))),
  fc
    .record({
      agesServed: someOf(['adults', 'seniors', 'grown-ups']),
      paymentAccepted: someOf(['medicaid', 'self-pay', 'cash']),
      languages: someOf(['English', 'Spanish']),
      status: fc.constantFrom('open', 'temporarily-closed', 'gone'),
    })
    .chain((fields) => onLocation((d) => Object.assign(d, fields))),
  fc
    .oneof(
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10)),
      fc.constantFrom('2026-02-30', '2026-13-01', '2026-1-1'),
    )
    .chain((date) => onLocation((d) => (d.lastReviewed = date))),
  fc
    .record({
      minHoursPerWeek: fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double({ min: -5, max: 200, noNaN: true })),
      summary: fc.oneof(
        text,
        fc.integer({ min: 250, max: 320 }).map((n) => 'a'.repeat(n)),
      ),
      category: fc.constantFrom('detox', 'outpatient', 'spa'),
    })
    .chain((fields) => onProgram((d) => Object.assign(d, fields))),
  fc
    .record({ question: text, answer: text })
    .chain((faq) => onProgram((d, key) => (d.faq ??= []).push({ _type: 'faqItem', _key: key(), ...faq }))),
  fc
    .record({
      reportProblemEmail: fc.oneof(fc.emailAddress(), fc.constantFrom('listings@example.org?bcc=x@y.z', 'nobody')),
      url: fc.oneof(fc.webUrl(), fc.constantFrom('https://findtreatment.gov@phish.example/', 'javascript:alert(1)')),
    })
    .map(({ reportProblemEmail, url }): Edit => (docs) => {
      const settings = byId(docs, 'siteSettings');
      settings.reportProblemEmail = reportProblemEmail;
      settings.referralResources[0].url = url;
    }),
  fc.stringMatching(/^[A-Za-z0-9<>]{0,5}$/).map(
    (code): Edit =>
      (docs) =>
        (byId(docs, 'service.yoga').samhsaCode = code || undefined),
  ),
];

/** The mock dataset with `edits` applied, every new array item under a fresh key. */
function sample(edits: Edit[]): string {
  const docs = createMockDataset() as Doc[];
  let next = 0;
  for (const edit of edits) edit(docs, () => `k${next++}`);
  return toNdjson(docs);
}

test('every dataset the Studio accepts passes the build', async () => {
  const seen = { accepted: 0, refused: 0 };
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(...EDITS), { minLength: 1, maxLength: 2 }), async (edits) => {
      const ndjson = sample(edits);
      if ((await studioProblems(ndjson)).length > 0) {
        seen.refused++;
        return;
      }
      seen.accepted++;
      expect(await buildProblems(ndjson)).toEqual([]);
    }),
    { numRuns: 100 },
  );
  // Not vacuous: the samples reach both sides of the Studio's rules.
  expect(seen.accepted, JSON.stringify(seen)).toBeGreaterThanOrEqual(10);
  expect(seen.refused, JSON.stringify(seen)).toBeGreaterThanOrEqual(10);
}, 300_000);
