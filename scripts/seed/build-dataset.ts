/**
 * Writes the bundled demo dataset, `sanity/dataset/directory.ndjson`, in the shape of
 * `sanity dataset export` (see docs/content-model.md), from the content modules in ./content.
 *
 *   node scripts/seed/build-dataset.ts           regenerate the file
 *   node scripts/seed/build-dataset.ts --check   exit 1 if the file is not what the content produces
 *
 * Output is deterministic: fixed ids and timestamps, keys and revisions derived from content,
 * documents sorted by `_id`, one per line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DATASET } from '../../src/content-source/config.ts';
import { languageAssistance } from './content/language-assistance.ts';
import { locations } from './content/locations.ts';
import { programs } from './content/programs.ts';
import { services } from './content/services.ts';
import { settings } from './content/settings.ts';
import { assignKeys, canonicalJson, shortHash } from './lib/keys.ts';
import { portableText } from './lib/portable-text.ts';
import type { LocationSeed, NotOfferedSeed, PhoneSeed, ProgramSeed, ServiceSeed } from './lib/types.ts';

const DATASET_PATH = fileURLToPath(new URL(`../../${BUNDLED_DATASET}`, import.meta.url));

/** Fixed system timestamps, so a rebuild changes nothing. Locations use their review date instead. */
const CREATED_AT = '2025-11-03T17:00:00Z';
const CONTENT_UPDATED_AT = '2026-11-02T17:00:00Z';

export type SanityDocument = { _id: string; _type: string } & Record<string, unknown>;

export const ids = {
  program: (slug: string) => `program.${slug}`,
  service: (slug: string) => `service.${slug}`,
  location: (slug: string) => `location.${slug}`,
  settings: 'siteSettings',
  languageAssistance: 'languageAssistance',
};

const serviceBySlug = new Map(services.map((s) => [s.slug, s]));
const programBySlug = new Map(programs.map((p) => [p.slug, p]));
const serviceOrder = new Map(services.map((s, i) => [s.slug, i]));

function serviceRef(slug: string, where: string) {
  if (!serviceBySlug.has(slug)) throw new Error(`${where}: unknown service "${slug}"`);
  return { _type: 'reference', _ref: ids.service(slug) };
}

function programRef(slug: string, where: string) {
  if (!programBySlug.has(slug)) throw new Error(`${where}: unknown program "${slug}"`);
  return { _type: 'reference', _ref: ids.program(slug) };
}

/** The id of a "not offered" entry's program or service. */
const notOfferedId = (n: NotOfferedSeed) => ('program' in n ? ids.program(n.program) : ids.service(n.service));

function notOfferedItem(n: NotOfferedSeed, where: string) {
  return {
    _type: 'notOfferedItem',
    item: 'program' in n ? programRef(n.program, where) : serviceRef(n.service, where),
    // Without a note the site names the nearest location that offers it, computed at build time.
    ...(n.note && { note: n.note, note_es: n.note_es }),
  };
}

const slug = (current: string) => ({ _type: 'slug', current });

function phone(seed: PhoneSeed | undefined) {
  if (seed === undefined) return undefined;
  return typeof seed === 'string'
    ? { _type: 'phone', number: seed }
    : { _type: 'phone', number: seed.number, extension: seed.extension };
}

function unique<T>(values: T[], where: string): T[] {
  const seen = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) throw new Error(`${where}: "${String(value)}" listed twice`);
    seen.add(value);
  }
  return values;
}

/** Adds system fields and array `_key`s; `_rev` is a hash of the content, so it changes only with it. */
function finish(doc: SanityDocument, updatedAt: string): SanityDocument {
  const { _id, _type, ...fields } = assignKeys(doc);
  const _rev = shortHash(canonicalJson({ _id, _type, ...fields }), 22);
  return { _id, _type, _createdAt: CREATED_AT, _updatedAt: updatedAt, _rev, ...fields };
}

function serviceDoc(s: ServiceSeed): SanityDocument {
  unique(s.aliases, `service ${s.slug} aliases`);
  unique(s.aliases_es, `service ${s.slug} aliases_es`);
  return finish(
    {
      _id: ids.service(s.slug),
      _type: 'service',
      title: s.title,
      title_es: s.title_es,
      slug: slug(s.slug),
      category: s.category,
      description: s.description,
      description_es: s.description_es,
      samhsaCode: s.samhsaCode,
      aliases: s.aliases,
      aliases_es: s.aliases_es,
    },
    CONTENT_UPDATED_AT,
  );
}

function programDoc(p: ProgramSeed): SanityDocument {
  const where = `program ${p.slug}`;
  unique(p.components, `${where} components`);
  unique(p.aliases, `${where} aliases`);
  unique(p.aliases_es, `${where} aliases_es`);
  return finish(
    {
      _id: ids.program(p.slug),
      _type: 'program',
      title: p.title,
      title_es: p.title_es,
      shortName: p.shortName,
      shortName_es: p.shortName_es,
      slug: slug(p.slug),
      category: p.category,
      asamLevel: p.asamLevel,
      order: p.order,
      summary: p.summary,
      summary_es: p.summary_es,
      safetyNote: p.safetyNote,
      safetyNote_es: p.safetyNote_es,
      body: portableText(p.body),
      body_es: portableText(p.body_es),
      typicalSchedule: p.typicalSchedule,
      typicalSchedule_es: p.typicalSchedule_es,
      minHoursPerWeek: p.minHoursPerWeek,
      components: p.components.map((c) => serviceRef(c, where)),
      suitableFor: p.suitableFor,
      suitableFor_es: p.suitableFor_es,
      notSuitableFor: p.notSuitableFor,
      notSuitableFor_es: p.notSuitableFor_es,
      reasonsRecommended: p.reasonsRecommended,
      reasonsRecommended_es: p.reasonsRecommended_es,
      faq: p.faq.map((f) => ({
        _type: 'faqItem',
        question: f.question,
        question_es: f.question_es,
        answer: f.answer,
        answer_es: f.answer_es,
      })),
      aliases: p.aliases,
      aliases_es: p.aliases_es,
    },
    CONTENT_UPDATED_AT,
  );
}

/** Services a location offers: its programs' components, then extras, in catalogue order. */
function servicesOfferedAt(location: LocationSeed): string[] {
  const slugs = new Set<string>();
  for (const offered of location.programs) {
    const program = programBySlug.get(offered.program);
    if (!program) throw new Error(`location ${location.slug}: unknown program "${offered.program}"`);
    for (const component of program.components) slugs.add(component);
  }
  for (const extra of unique(location.extraServices, `location ${location.slug} extraServices`)) slugs.add(extra);
  return [...slugs].sort((a, b) => (serviceOrder.get(a) ?? 0) - (serviceOrder.get(b) ?? 0));
}

function locationDoc(l: LocationSeed): SanityDocument {
  const where = `location ${l.slug}`;
  const offered = servicesOfferedAt(l);
  unique(
    l.programs.map((p) => p.program),
    `${where} programs`,
  );
  const offeredIds = [...l.programs.map((p) => ids.program(p.program)), ...offered.map(ids.service)];
  for (const id of unique(l.notOffered.map(notOfferedId), `${where} notOffered`))
    if (offeredIds.includes(id)) throw new Error(`${where}: "${id}" is both offered and not offered`);
  return finish(
    {
      _id: ids.location(l.slug),
      _type: 'location',
      name: l.name,
      slug: slug(l.slug),
      status: l.status,
      address: { _type: 'address', ...l.address },
      geo: { _type: 'geopoint', lat: l.geo.lat, lng: l.geo.lng },
      timeZone: l.timeZone,
      admissionsPhone: phone(l.phones.admissions),
      mainPhone: phone(l.phones.main),
      faxPhone: phone(l.phones.fax),
      hours: l.hours.map((h) => ({
        _type: 'openingHours',
        days: h.days,
        opens: h.opens,
        closes: h.closes,
        note: h.note,
        note_es: h.note_es,
      })),
      hoursNote: l.hoursNote,
      hoursNote_es: l.hoursNote_es,
      programs: l.programs.map((p) => ({
        _type: 'offeredProgram',
        program: programRef(p.program, where),
        formats: p.formats,
        scheduleNote: p.scheduleNote,
        scheduleNote_es: p.scheduleNote_es,
      })),
      servicesOffered: offered.map((s) => serviceRef(s, where)),
      notOffered: l.notOffered.map((n) => notOfferedItem(n, where)),
      agesServed: l.agesServed,
      languages: l.languages,
      paymentAccepted: l.paymentAccepted,
      accessibilityNotes: l.accessibilityNotes,
      accessibilityNotes_es: l.accessibilityNotes_es,
      lastReviewed: l.lastReviewed,
    },
    `${l.lastReviewed}T18:00:00Z`,
  );
}

function settingsDoc(): SanityDocument {
  const where = 'siteSettings';
  unique(settings.notOffered.map(notOfferedId), `${where} notOffered`);
  return finish(
    {
      _id: ids.settings,
      _type: 'siteSettings',
      organizationName: settings.organizationName,
      tagline: settings.tagline,
      tagline_es: settings.tagline_es,
      admissionsPhone: phone(settings.admissionsPhone),
      reportProblemEmail: settings.reportProblemEmail,
      notOfferedNote: settings.notOfferedNote,
      notOfferedNote_es: settings.notOfferedNote_es,
      notOffered: settings.notOffered.map((n) => notOfferedItem(n, where)),
      referralResources: settings.referralResources.map((r) => ({
        _type: 'referralResource',
        name: r.name,
        name_es: r.name_es,
        description: r.description,
        description_es: r.description_es,
        phone: phone(r.phone),
        url: r.url,
      })),
      noindex: settings.noindex,
    },
    CONTENT_UPDATED_AT,
  );
}

function languageAssistanceDoc(): SanityDocument {
  return finish(
    {
      _id: ids.languageAssistance,
      _type: 'languageAssistance',
      notice: languageAssistance.notice,
      notice_es: languageAssistance.notice_es,
      taglines: languageAssistance.taglines.map((t) => ({
        _type: 'languageTagline',
        language: t.language,
        text: t.text,
        phone: phone(t.phone),
      })),
    },
    CONTENT_UPDATED_AT,
  );
}

/** Every document of the demo dataset, sorted by `_id` (code-unit order, independent of locale). */
export function buildDataset(): SanityDocument[] {
  const docs = [
    settingsDoc(),
    languageAssistanceDoc(),
    ...programs.map(programDoc),
    ...services.map(serviceDoc),
    ...locations.map(locationDoc),
  ];
  unique(
    docs.map((d) => d._id),
    'dataset _id',
  );
  return docs.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

/** The dataset as NDJSON: one document per line, trailing newline. */
export function toNdjson(docs: SanityDocument[]): string {
  return docs.map((doc) => JSON.stringify(doc)).join('\n') + '\n';
}

if (import.meta.main) {
  const text = toNdjson(buildDataset());
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(DATASET_PATH, 'utf8');
    } catch {
      // a missing file counts as out of date
    }
    if (current !== text) {
      console.error(`${DATASET_PATH} is out of date: run node scripts/seed/build-dataset.ts`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(DATASET_PATH, text);
    console.log(`wrote ${text.split('\n').length - 1} documents to ${DATASET_PATH}`);
  }
}
