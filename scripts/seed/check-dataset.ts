/**
 * Checks the bundled dataset file against docs/content-model.md on its own terms (it reads the
 * NDJSON, not the content modules), so it also catches a hand-edited or stale file. Field rules are the
 * shared ones (src/domain/content-rules.ts); on top come the seed's own stricter ones (ZIP prefixes per
 * state, SAMHSA code lists, https-only body links, sorted ids, the organisation-wide "not offered" list,
 * a Spanish translation of every translatable text: lib/translatable.ts).
 *
 *   node scripts/seed/check-dataset.ts [path/to/file.ndjson]
 *
 * Prints every problem with `_id`, field and reason, and exits 1 if there are any. Warnings
 * (such as a stale review date) are printed but do not fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DATASET } from '../../src/content-source/config.ts';
import {
  clockProblem,
  dateProblem,
  emailProblem,
  extensionProblem,
  geoProblem,
  hoursOrderProblem,
  hoursPerWeekProblem,
  httpsUrlProblem,
  languageTagProblem,
  locationPhoneProblem,
  slugProblem,
  summaryProblem,
  timeZoneProblem,
  zipProblem,
} from '../../src/domain/content-rules.ts';
import { phoneProblem } from '../../src/domain/phone.ts';
import { untranslated } from './lib/translatable.ts';
import {
  AGE_GROUP,
  LEVEL_OF_CARE,
  LOCATION_STATUS,
  PAYMENT_OPTION,
  PROGRAM_FORMAT,
  SERVICE_CATEGORY,
  US_STATE,
  WEEKDAY,
} from '../../src/domain/vocabulary.ts';

type Doc = { _id: string; _type: string; [field: string]: unknown };
type Obj = Record<string, unknown>;

const DEFAULT_PATH = fileURLToPath(new URL(`../../${BUNDLED_DATASET}`, import.meta.url));
/** SAMHSA code lists, when the shared data folder is beside the repository (it is not needed to build). */
const SAMHSA_CODE_FILES = ['SA', 'MH'].map((kind) =>
  fileURLToPath(
    new URL(
      `../../../shared/data/samhsa-2022/samhsa_national_directory_${kind}_2022_service_codes.csv`,
      import.meta.url,
    ),
  ),
);
/** ZIP code prefixes (first three digits) per state, for the states the demo uses. */
const ZIP_PREFIXES: Partial<Record<string, [number, number]>> = { OR: [970, 979], WA: [980, 994], ID: [832, 838] };
const STALE_DAYS = 180;
const DOC_TYPES = ['siteSettings', 'languageAssistance', 'program', 'service', 'location'];

const problems: string[] = [];
const warnings: string[] = [];
const problem = (id: string, field: string, reason: string): void => {
  problems.push(`${id} ${field}: ${reason}`);
};
const warn = (id: string, field: string, reason: string): void => {
  warnings.push(`${id} ${field}: ${reason}`);
};

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const inVocab = (vocab: Record<string, string>, v: unknown) => typeof v === 'string' && Object.hasOwn(vocab, v);

/** Every object in an array has `_type` and a `_key` unique in that array; references outside arrays have no `_key`. */
function checkKeys(id: string, value: unknown, path: string, inArray = false): void {
  if (Array.isArray(value)) {
    const keys = new Set<string>();
    value.forEach((item, i) => {
      if (isObj(item)) {
        if (!str(item._type)) problem(id, `${path}[${i}]`, 'array object without _type');
        if (!str(item._key)) problem(id, `${path}[${i}]`, 'array object without _key');
        else if (keys.has(item._key)) problem(id, `${path}[${i}]`, `duplicate _key ${item._key}`);
        else keys.add(item._key);
      }
      checkKeys(id, item, `${path}[${i}]`, true);
    });
  } else if (isObj(value)) {
    if (value._type === 'reference' && !inArray && '_key' in value)
      problem(id, path, 'reference outside an array has a _key');
    for (const [k, v] of Object.entries(value)) checkKeys(id, v, path ? `${path}.${k}` : k);
  }
}

function checkPhone(id: string, field: string, value: unknown, required = false): void {
  if (value === undefined) {
    if (required) problem(id, field, 'required');
    return;
  }
  if (!isObj(value) || !str(value.number)) return problem(id, field, 'phone object without number');
  const reason = phoneProblem(value.number);
  if (reason) problem(id, field, reason);
  const extension = value.extension === undefined ? undefined : extensionProblem(String(value.extension));
  if (extension) problem(id, `${field}.extension`, extension);
}

function checkSlug(doc: Doc, seen: Map<string, string>): void {
  const slug = doc.slug;
  if (!isObj(slug) || slug._type !== 'slug' || !str(slug.current)) return problem(doc._id, 'slug', 'missing');
  const form = slugProblem(slug.current);
  if (form) problem(doc._id, 'slug', form);
  const key = `${doc._type}:${slug.current}`;
  const other = seen.get(key);
  if (other) problem(doc._id, 'slug', `"${slug.current}" also used by ${other}`);
  seen.set(key, doc._id);
}

function checkPortableText(id: string, blocks: unknown, field = 'body'): void {
  arr(blocks).forEach((block, i) => {
    const at = `${field}[${i}]`;
    if (!isObj(block) || block._type !== 'block') return problem(id, at, 'not a block');
    if (!['normal', 'h2', 'h3'].includes(String(block.style))) problem(id, at, `style ${String(block.style)}`);
    if (block.listItem !== undefined && !['bullet', 'number'].includes(String(block.listItem)))
      problem(id, at, `listItem ${String(block.listItem)}`);
    const defs = new Set<string>();
    for (const def of arr(block.markDefs)) {
      if (!isObj(def) || def._type !== 'link' || !str(def._key)) problem(id, `${at}.markDefs`, 'only link annotations');
      else if (!str(def.href) || !/^https:\/\/\S+$/.test(def.href))
        problem(id, `${at}.markDefs`, 'link href must be https');
      else defs.add(def._key);
    }
    const children = arr(block.children);
    if (children.length === 0) problem(id, at, 'no children');
    for (const span of children) {
      if (!isObj(span) || span._type !== 'span' || typeof span.text !== 'string')
        problem(id, at, 'child is not a span');
      else
        for (const mark of arr(span.marks))
          if (!['strong', 'em'].includes(String(mark)) && !defs.has(String(mark)))
            problem(id, at, `unknown mark ${String(mark)}`);
    }
  });
}

function checkSettings(doc: Doc, byId: Map<string, Doc>): void {
  const id = doc._id;
  for (const field of ['organizationName', 'notOfferedNote']) if (!str(doc[field])) problem(id, field, 'required');
  checkPhone(id, 'admissionsPhone', doc.admissionsPhone, true);
  const email = emailProblem(String(doc.reportProblemEmail ?? ''));
  if (email) problem(id, 'reportProblemEmail', email);
  checkNotOffered(id, 'notOffered', doc.notOffered, byId);
  arr(doc.referralResources).forEach((r, i) => {
    const at = `referralResources[${i}]`;
    if (!isObj(r) || !str(r.name)) return problem(id, at, 'name required');
    if (r.phone === undefined && r.url === undefined) problem(id, at, 'needs a phone or a url');
    checkPhone(id, `${at}.phone`, r.phone);
    const url = r.url === undefined ? undefined : httpsUrlProblem(String(r.url));
    if (url) problem(id, `${at}.url`, url);
  });
  if (typeof doc.noindex !== 'boolean') problem(id, 'noindex', 'boolean expected');
}

function checkLanguageAssistance(doc: Doc): void {
  const id = doc._id;
  if (!str(doc.notice)) problem(id, 'notice', 'required');
  arr(doc.taglines).forEach((t, i) => {
    const at = `taglines[${i}]`;
    if (!isObj(t) || !str(t.text)) return problem(id, at, 'text required');
    const language = languageTagProblem(String(t.language ?? ''));
    if (language) problem(id, `${at}.language`, language);
    checkPhone(id, `${at}.phone`, t.phone, true);
  });
}

function checkRef(
  id: string,
  field: string,
  ref: unknown,
  types: string | readonly string[],
  byId: Map<string, Doc>,
): string | undefined {
  if (!isObj(ref) || ref._type !== 'reference' || !str(ref._ref)) {
    problem(id, field, 'not a reference');
    return undefined;
  }
  const expected = typeof types === 'string' ? [types] : types;
  const target = byId.get(ref._ref);
  if (!target) problem(id, field, `dangling reference to ${ref._ref}`);
  else if (!expected.includes(target._type))
    problem(id, field, `${ref._ref} is a ${target._type}, expected ${expected.join(' or ')}`);
  return ref._ref;
}

/** A "not offered" entry names a level of care (a program) or a service. */
function checkNotOffered(id: string, field: string, list: unknown, byId: Map<string, Doc>): string[] {
  const refs: string[] = [];
  arr(list).forEach((entry, i) => {
    if (!isObj(entry) || entry._type !== 'notOfferedItem') return problem(id, `${field}[${i}]`, 'not a notOfferedItem');
    const ref = checkRef(id, `${field}[${i}].item`, entry.item, ['program', 'service'], byId);
    if (ref) refs.push(ref);
  });
  if (new Set(refs).size !== refs.length) problem(id, field, 'an item is listed twice');
  return refs;
}

function checkProgram(doc: Doc, byId: Map<string, Doc>): void {
  const id = doc._id;
  for (const field of ['title', 'shortName', 'summary']) if (!str(doc[field])) problem(id, field, 'required');
  for (const field of ['summary', 'summary_es']) {
    const summary = str(doc[field]) ? summaryProblem(doc[field]) : undefined;
    if (summary) problem(id, field, summary);
  }
  if (!inVocab(LEVEL_OF_CARE, doc.category))
    problem(id, 'category', `not a LEVEL_OF_CARE key: ${String(doc.category)}`);
  if (doc.asamLevel !== undefined && !/^\d(\.\d)?(-WM)?$/.test(String(doc.asamLevel)))
    problem(id, 'asamLevel', 'unexpected form');
  if (doc.minHoursPerWeek !== undefined) {
    const hours = typeof doc.minHoursPerWeek === 'number' ? hoursPerWeekProblem(doc.minHoursPerWeek) : 'a number';
    if (hours) problem(id, 'minHoursPerWeek', hours);
  }
  if (typeof doc.order !== 'number') problem(id, 'order', 'number expected');
  arr(doc.components).forEach((ref, i) => checkRef(id, `components[${i}]`, ref, 'service', byId));
  checkPortableText(id, doc.body);
  checkPortableText(id, doc.body_es, 'body_es');
  arr(doc.faq).forEach((f, i) => {
    if (!isObj(f) || f._type !== 'faqItem' || !str(f.question) || !str(f.answer))
      problem(id, `faq[${i}]`, 'question and answer required');
  });
  for (const field of ['suitableFor', 'notSuitableFor', 'reasonsRecommended', 'aliases'])
    if (!arr(doc[field]).every(str)) problem(id, field, 'array of non-empty strings expected');
}

function checkService(doc: Doc, samhsaCodes: Set<string> | undefined): void {
  const id = doc._id;
  if (!str(doc.title)) problem(id, 'title', 'required');
  if (!inVocab(SERVICE_CATEGORY, doc.category))
    problem(id, 'category', `not a SERVICE_CATEGORY key: ${String(doc.category)}`);
  if (doc.samhsaCode !== undefined) {
    if (!/^[A-Z0-9]+$/.test(String(doc.samhsaCode))) problem(id, 'samhsaCode', 'uppercase letters and digits only');
    else if (samhsaCodes && !samhsaCodes.has(String(doc.samhsaCode)))
      problem(id, 'samhsaCode', 'not in the SAMHSA 2022 code lists');
  }
  if (!arr(doc.aliases).every(str)) problem(id, 'aliases', 'array of non-empty strings expected');
}

function checkLocation(doc: Doc, byId: Map<string, Doc>, today: Date): { offered: string[] } {
  const id = doc._id;
  if (!str(doc.name)) problem(id, 'name', 'required');
  if (!inVocab(LOCATION_STATUS, doc.status)) problem(id, 'status', `not a LOCATION_STATUS key: ${String(doc.status)}`);

  const a = doc.address;
  if (!isObj(a) || !str(a.street1) || !str(a.city)) problem(id, 'address', 'street1 and city required');
  else {
    if (!inVocab(US_STATE, a.state)) problem(id, 'address.state', `not a US_STATE key: ${String(a.state)}`);
    const zip = zipProblem(String(a.zip));
    if (typeof a.zip !== 'string' || zip) problem(id, 'address.zip', zip ?? 'a string');
    else {
      const range = ZIP_PREFIXES[String(a.state)];
      const prefix = Number(a.zip.slice(0, 3));
      if (range && (prefix < range[0] || prefix > range[1]))
        problem(id, 'address.zip', `${a.zip} is not a ${String(a.state)} ZIP`);
    }
  }
  const g = doc.geo;
  if (g !== undefined) {
    const point = isObj(g) && g._type === 'geopoint' ? geoProblem(g) : 'geopoint expected';
    if (point) problem(id, 'geo', point);
  }
  const zone = timeZoneProblem(String(doc.timeZone));
  if (zone) problem(id, 'timeZone', zone);

  checkPhone(id, 'admissionsPhone', doc.admissionsPhone);
  checkPhone(id, 'mainPhone', doc.mainPhone);
  checkPhone(id, 'faxPhone', doc.faxPhone);
  const noPhone = locationPhoneProblem(doc as Parameters<typeof locationPhoneProblem>[0]);
  if (noPhone) problem(id, 'admissionsPhone', noPhone);

  arr(doc.hours).forEach((h, i) => {
    const at = `hours[${i}]`;
    if (!isObj(h) || h._type !== 'openingHours') return problem(id, at, 'not openingHours');
    const days = arr(h.days);
    if (days.length === 0 || !days.every((d) => inVocab(WEEKDAY, d)))
      problem(id, `${at}.days`, 'non-empty WEEKDAY keys expected');
    if (new Set(days).size !== days.length) problem(id, `${at}.days`, 'repeated day');
    for (const field of ['opens', 'closes']) {
      const clock = clockProblem(String(h[field]));
      if (clock) problem(id, `${at}.${field}`, clock);
    }
    const order = hoursOrderProblem(h.opens, h.closes);
    if (order) problem(id, `${at}.closes`, order);
  });

  const programRefs: string[] = [];
  arr(doc.programs).forEach((p, i) => {
    const at = `programs[${i}]`;
    if (!isObj(p) || p._type !== 'offeredProgram') return problem(id, at, 'not an offeredProgram');
    const ref = checkRef(id, `${at}.program`, p.program, 'program', byId);
    if (ref) programRefs.push(ref);
    const formats = arr(p.formats);
    if (formats.length === 0 || !formats.every((f) => inVocab(PROGRAM_FORMAT, f)))
      problem(id, `${at}.formats`, 'non-empty PROGRAM_FORMAT keys expected');
  });
  if (new Set(programRefs).size !== programRefs.length) problem(id, 'programs', 'a program is listed twice');

  const offered = arr(doc.servicesOffered)
    .map((ref, i) => checkRef(id, `servicesOffered[${i}]`, ref, 'service', byId))
    .filter((ref): ref is string => ref !== undefined);
  if (new Set(offered).size !== offered.length) problem(id, 'servicesOffered', 'a service is listed twice');
  const notOffered = checkNotOffered(id, 'notOffered', doc.notOffered, byId);
  for (const ref of notOffered)
    if (offered.includes(ref) || programRefs.includes(ref))
      problem(id, 'notOffered', `${ref} is also in programs or servicesOffered`);
  if (notOffered.length === 0) warn(id, 'notOffered', 'empty');

  // A program's components should be available where it runs.
  for (const programId of programRefs) {
    const program = byId.get(programId);
    for (const ref of arr(program?.components))
      if (isObj(ref) && typeof ref._ref === 'string' && !offered.includes(ref._ref))
        warn(id, 'servicesOffered', `runs ${programId} but does not offer its component ${ref._ref}`);
  }

  if (!arr(doc.agesServed).every((v) => inVocab(AGE_GROUP, v))) problem(id, 'agesServed', 'AGE_GROUP keys expected');
  if (!arr(doc.paymentAccepted).every((v) => inVocab(PAYMENT_OPTION, v)))
    problem(id, 'paymentAccepted', 'PAYMENT_OPTION keys expected');
  if (!arr(doc.languages).every(str)) problem(id, 'languages', 'strings expected');

  const date = dateProblem(String(doc.lastReviewed));
  if (typeof doc.lastReviewed !== 'string' || date) problem(id, 'lastReviewed', date ?? 'a string');
  else {
    const age = (today.getTime() - Date.parse(doc.lastReviewed)) / 86_400_000;
    if (age > STALE_DAYS) warn(id, 'lastReviewed', `${Math.floor(age)} days old (over ${STALE_DAYS})`);
    if (age < 0) problem(id, 'lastReviewed', 'in the future');
  }
  return { offered };
}

function loadSamhsaCodes(): Set<string> | undefined {
  if (!SAMHSA_CODE_FILES.every((file) => existsSync(file))) return undefined;
  const codes = new Set<string>();
  for (const file of SAMHSA_CODE_FILES)
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      // category_code,category_name,service_code,…: the category name may be quoted and contain commas
      const match = /^[A-Z]+,(?:"[^"]*"|[^,]*),([A-Z0-9]+)\s*,/.exec(line);
      if (match?.[1]) codes.add(match[1]);
    }
  return codes;
}

/** Checks a dataset file; returns the problems and warnings found. */
function checkDataset(
  path = DEFAULT_PATH,
  today = new Date(),
): { problems: string[]; warnings: string[]; docs: Doc[] } {
  problems.length = 0;
  warnings.length = 0;
  const text = readFileSync(path, 'utf8');
  if (!text.endsWith('\n') || text.endsWith('\n\n')) problem('(file)', 'end', 'must end with exactly one newline');
  const docs: Doc[] = [];
  text
    .split('\n')
    .slice(0, -1)
    .forEach((line, i) => {
      try {
        const doc: unknown = JSON.parse(line);
        if (!isObj(doc) || !str(doc._id) || !str(doc._type))
          problem(`(line ${i + 1})`, '_id', 'document without _id or _type');
        else docs.push(doc as Doc);
      } catch (error) {
        problem(`(line ${i + 1})`, '', `invalid JSON: ${String(error)}`);
      }
    });

  const byId = new Map<string, Doc>();
  docs.forEach((doc, i) => {
    if (!/^[a-z0-9_.-]+$/i.test(doc._id) || doc._id.startsWith('drafts.'))
      problem(doc._id, '_id', 'not a published export id');
    if (byId.has(doc._id)) problem(doc._id, '_id', 'duplicate');
    byId.set(doc._id, doc);
    const previous = docs[i - 1];
    if (previous && !(previous._id < doc._id)) problem(doc._id, '_id', 'documents not sorted by _id');
    if (!DOC_TYPES.includes(doc._type)) problem(doc._id, '_type', `unknown type ${doc._type}`);
    checkKeys(doc._id, doc, '');
    // The demo is fully translated: every English text has its Spanish sibling.
    for (const { path, reason } of untranslated(doc)) problem(doc._id, path, reason);
  });

  const samhsaCodes = loadSamhsaCodes();
  if (!samhsaCodes) warn('(file)', 'samhsaCode', 'SAMHSA code lists not found; codes checked for form only');
  const slugs = new Map<string, string>();
  const offeredSomewhere = new Set<string>();
  const programsOffered = new Set<string>();
  for (const doc of docs) {
    if (doc._type !== 'siteSettings' && doc._type !== 'languageAssistance') checkSlug(doc, slugs);
    if (doc._type === 'siteSettings') checkSettings(doc, byId);
    if (doc._type === 'languageAssistance') checkLanguageAssistance(doc);
    if (doc._type === 'program') checkProgram(doc, byId);
    if (doc._type === 'service') checkService(doc, samhsaCodes);
    if (doc._type === 'location') {
      const { offered } = checkLocation(doc, byId, today);
      for (const ref of offered) offeredSomewhere.add(ref);
      if (doc.status === 'open')
        for (const p of arr(doc.programs))
          if (isObj(p) && isObj(p.program)) programsOffered.add(String(p.program._ref));
    }
  }

  const settings = byId.get('siteSettings');
  if (settings?._type !== 'siteSettings') problem('siteSettings', '_id', 'singleton missing');
  // Programs and services no location offers and the organisation-wide "not offered" list should be the same set.
  const orgWide = new Set(arr(settings?.notOffered).map((n) => (isObj(n) && isObj(n.item) ? String(n.item._ref) : '')));
  for (const doc of docs) {
    if (doc._type !== 'service' && doc._type !== 'program') continue;
    const offeredHere = doc._type === 'service' ? offeredSomewhere : programsOffered;
    if (!offeredHere.has(doc._id) && !orgWide.has(doc._id))
      warn(doc._id, '', 'offered at no open location but missing from siteSettings.notOffered');
    if (offeredHere.has(doc._id) && orgWide.has(doc._id))
      problem('siteSettings', 'notOffered', `${doc._id} is offered at some location`);
  }

  return { problems: [...problems], warnings: [...warnings], docs };
}

if (import.meta.main) {
  const path = process.argv[2] ?? DEFAULT_PATH;
  const result = checkDataset(path);
  const count = (type: string) => result.docs.filter((d) => d._type === type).length;
  console.log(
    `${path}: ${result.docs.length} documents (${count('location')} locations, ${count('program')} programs, ${count('service')} services)`,
  );
  for (const w of result.warnings) console.log(`warning  ${w}`);
  for (const p of result.problems) console.error(`problem  ${p}`);
  if (result.problems.length > 0) process.exitCode = 1;
  else console.log('no problems');
}
