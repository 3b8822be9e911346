import type { ContentProblem } from './problems.ts';

/** Query results as they came back, before their schemas: the graph is checked even on documents with a
 * bad field, so every problem is reported in one build. */
export interface RawResults {
  settings: unknown;
  services: unknown[];
  programs: unknown[];
  locations: unknown[];
}

type Loose = Record<string, unknown>;
const objects = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.filter((v): v is Loose => typeof v === 'object' && v !== null) : [];
const asObject = (value: unknown): Loose => (typeof value === 'object' && value !== null ? (value as Loose) : {});
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** What a reference may point at: one document type, or either of several. */
type Kinds = readonly string[];
/** A reference checker: records a problem unless `ref` names a published document of one of `kinds`. */
type Expect = (id: string, field: string, ref: unknown, kinds: Kinds) => void;

const SERVICE: Kinds = ['service'];
const PROGRAM: Kinds = ['program'];
/** A "not offered" entry names a level of care (a program) or a service. */
const PROGRAM_OR_SERVICE: Kinds = ['program', 'service'];

/**
 * Checks that need the whole dataset: references resolve to a published document of the right type,
 * slugs are unique per type, no location both offers and does not offer a program or service, every
 * location has a phone.
 */
export function checkGraph(results: RawResults): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const settings = results.settings ? asObject(results.settings) : undefined;
  const kindById = new Map<string, string>();
  const sets = {
    service: objects(results.services),
    program: objects(results.programs),
    location: objects(results.locations),
  };
  for (const [kind, docs] of Object.entries(sets)) for (const doc of docs) kindById.set(String(doc._id), kind);
  if (settings) kindById.set(String(settings._id), 'siteSettings');

  const expect: Expect = (id, field, ref, kinds) => {
    const target = text(ref);
    if (!target) return; // A missing reference is the schema's to report.
    const found = kindById.get(target);
    if (found && kinds.includes(found)) return;
    problems.push({
      id,
      field,
      message: found
        ? `points at "${target}", which is a ${found}, not a ${kinds.join(' or ')}`
        : `points at "${target}", which does not exist or is not published`,
    });
  };

  objects(settings?.notOffered).forEach((n, i) =>
    expect('siteSettings', `notOffered[${i}].item`, n.item, PROGRAM_OR_SERVICE),
  );
  for (const program of sets.program) {
    const components = Array.isArray(program.components) ? program.components : [];
    components.forEach((ref, i) => expect(String(program._id), `components[${i}]`, ref, SERVICE));
  }
  for (const location of sets.location) checkLocation(location, expect, problems);

  for (const [kind, docs] of Object.entries(sets)) checkUniqueSlugs(kind, docs, problems);
  return problems;
}

function checkLocation(location: Loose, expect: Expect, problems: ContentProblem[]) {
  const id = String(location._id);
  const offeredRefs = objects(location.servicesOffered).map((item) => item._ref);
  const notOffered = objects(location.notOffered);
  const programs = objects(location.programs);

  programs.forEach((p, i) => expect(id, `programs[${i}].program`, p.program, PROGRAM));
  offeredRefs.forEach((ref, i) => expect(id, `servicesOffered[${i}]`, ref, SERVICE));
  notOffered.forEach((n, i) => expect(id, `notOffered[${i}].item`, n.item, PROGRAM_OR_SERVICE));

  const offered = new Set([...offeredRefs, ...programs.map((p) => p.program)]);
  notOffered.forEach((n, i) => {
    if (offered.has(n.item))
      problems.push({
        id,
        field: `notOffered[${i}].item`,
        message: `"${String(n.item)}" is listed both as offered and as not offered here; keep one`,
      });
  });
  const seenPrograms = new Set<unknown>();
  programs.forEach((p, i) => {
    if (p.program && seenPrograms.has(p.program))
      problems.push({ id, field: `programs[${i}].program`, message: `"${String(p.program)}" is listed twice` });
    seenPrograms.add(p.program);
  });
  const hasPhone = (field: unknown) => Boolean(text(asObject(field).number));
  if (!hasPhone(location.admissionsPhone) && !hasPhone(location.mainPhone))
    problems.push({ id, field: 'admissionsPhone', message: 'the location has no admissions or main phone number' });
}

/** Two documents of one type with one slug would publish to one URL: name both. */
function checkUniqueSlugs(kind: string, documents: Loose[], problems: ContentProblem[]) {
  const firstBySlug = new Map<string, string>();
  for (const doc of documents) {
    const slug = text(doc.slug);
    if (!slug) continue;
    const first = firstBySlug.get(slug);
    if (first)
      problems.push({
        id: String(doc._id),
        field: 'slug',
        message: `"${slug}" is already the slug of ${kind} "${first}"`,
      });
    else firstBySlug.set(slug, String(doc._id));
  }
}
