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

/**
 * Checks that need the whole dataset: references resolve to a published document of the right type,
 * slugs are unique per type, no location both offers and does not offer a service, every location has a phone.
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

  const expect = (id: string, field: string, ref: unknown, kind: string) => {
    const target = text(ref);
    if (!target) return; // A missing reference is the schema's to report.
    const found = kindById.get(target);
    if (found === kind) return;
    problems.push({
      id,
      field,
      message: found
        ? `points at "${target}", which is a ${found}, not a ${kind}`
        : `points at "${target}", which does not exist or is not published`,
    });
  };

  objects(settings?.notOffered).forEach((n, i) =>
    expect('siteSettings', `notOffered[${i}].service`, n.service, 'service'),
  );
  for (const program of sets.program) {
    const components = Array.isArray(program.components) ? program.components : [];
    components.forEach((ref, i) => expect(String(program._id), `components[${i}]`, ref, 'service'));
  }
  for (const location of sets.location) checkLocation(location, expect, problems);

  for (const [kind, docs] of Object.entries(sets)) checkUniqueSlugs(kind, docs, problems);
  return problems;
}

function checkLocation(
  location: Loose,
  expect: (id: string, field: string, ref: unknown, kind: string) => void,
  problems: ContentProblem[],
) {
  const id = String(location._id);
  const offeredRefs = objects(location.servicesOffered).map((item) => item._ref);
  const notOffered = objects(location.servicesNotOffered);
  const programs = objects(location.programs);

  programs.forEach((p, i) => expect(id, `programs[${i}].program`, p.program, 'program'));
  offeredRefs.forEach((ref, i) => expect(id, `servicesOffered[${i}]`, ref, 'service'));
  notOffered.forEach((n, i) => expect(id, `servicesNotOffered[${i}].service`, n.service, 'service'));

  const offered = new Set(offeredRefs);
  notOffered.forEach((n, i) => {
    if (offered.has(n.service))
      problems.push({
        id,
        field: `servicesNotOffered[${i}].service`,
        message: `"${String(n.service)}" is listed both as offered and as not offered here; keep one`,
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
