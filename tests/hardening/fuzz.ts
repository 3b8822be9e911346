import fc from 'fast-check';
import type { z } from 'zod';
import { displayName, nonEmptyText } from '../../src/schemas/common.ts';
import { fieldPath } from '../../src/schemas/parse.ts';
import { program } from '../../src/schemas/program.ts';
import { TRANSLATABLE_FIELDS, type TranslatableType } from '../../src/domain/translatable.ts';
import { createFullDataset, hostileText, type Doc } from './corpus.ts';

type Path = readonly (string | number)[];

/** A free-text field: where it is in a raw document, and the schema its text must pass. */
export interface TextField {
  path: Path;
  /** `displayName` for names, `nonEmptyText` (trimmed) for required text; none for optional free text. */
  schema?: z.ZodType<string>;
}

const summary = program.shape.summary;

/** Every free-text field of each document type, as the pages show it. */
export const TEXT_FIELDS: Record<
  'siteSettings' | 'languageAssistance' | 'service' | 'program' | 'location',
  TextField[]
> = {
  siteSettings: [
    { path: ['organizationName'], schema: displayName },
    { path: ['tagline'] },
    { path: ['notOfferedNote'], schema: nonEmptyText },
    { path: ['notOffered', 0, 'note'] },
    { path: ['referralResources', 0, 'name'], schema: displayName },
    { path: ['referralResources', 0, 'description'] },
  ],
  languageAssistance: [
    { path: ['notice'], schema: nonEmptyText },
    { path: ['taglines', 0, 'text'], schema: nonEmptyText },
  ],
  service: [{ path: ['title'], schema: displayName }, { path: ['description'] }, { path: ['aliases', 0] }],
  program: [
    { path: ['title'], schema: displayName },
    { path: ['shortName'], schema: displayName },
    { path: ['asamLevel'] },
    { path: ['summary'], schema: summary },
    { path: ['typicalSchedule'] },
    { path: ['suitableFor', 0] },
    { path: ['notSuitableFor', 0] },
    { path: ['reasonsRecommended', 0] },
    { path: ['faq', 0, 'question'], schema: nonEmptyText },
    { path: ['faq', 0, 'answer'], schema: nonEmptyText },
    { path: ['aliases', 0] },
    { path: ['body', 0, 'children', 0, 'text'] },
  ],
  location: [
    { path: ['name'], schema: displayName },
    { path: ['address', 'street1'], schema: nonEmptyText },
    { path: ['address', 'street2'] },
    { path: ['address', 'city'], schema: nonEmptyText },
    { path: ['hours', 0, 'note'] },
    { path: ['hoursNote'] },
    { path: ['programs', 0, 'scheduleNote'] },
    { path: ['notOffered', 0, 'note'] },
    { path: ['languages', 0] },
    { path: ['accessibilityNotes'] },
  ],
};

/** The documents of the full dataset whose fields the properties write to, one per type. */
export const SAMPLE_IDS = {
  siteSettings: 'siteSettings',
  languageAssistance: 'languageAssistance',
  service: 'service.yoga',
  program: 'program.iop',
  location: 'location.downtown',
} as const;

export const label = (field: TextField) => fieldPath(field.path);

export function getPath(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], doc);
}

export function setPath(doc: Doc, path: Path, value: unknown) {
  const parent = getPath(doc, path.slice(0, -1)) as Record<string | number, unknown> | undefined;
  if (!parent) throw new Error(`no ${fieldPath(path.slice(0, -1))} to write ${fieldPath(path)} into`);
  parent[path.at(-1)!] = value;
}

/** What a page shows for `text` in `field`: the schema's output (trimmed for required text). */
export const shown = (field: TextField, text: string) => (field.schema ? field.schema.parse(text) : text);

/**
 * Hostile text a field accepts and a page can show verbatim: no NUL or CR (an HTML parser drops or rewrites
 * them), no newline in Portable Text (it becomes <br>), and nothing the field's schema refuses.
 */
const renderableText = (field: TextField) =>
  hostileText
    .map((text) => text.replace(/[\0\r]/g, ''))
    .map((text) => (field.path[0] === 'body' ? text.replace(/\n/g, ' ') : text))
    .filter((text) => text !== '' && (field.schema ? field.schema.safeParse(text).success : true));

export interface FuzzPage {
  /** The built page that shows the document. */
  page: string;
  id: string;
  /** The sampled text written into each field, and what the page must show for it. */
  samples: { field: string; text: string; shows: string }[];
}

/**
 * Where a field's Spanish sibling is (`f_es` beside `f`, issue 15), or undefined for a field both languages
 * share (names, addresses): `['faq', 0, 'question']` → `['faq', 0, 'question_es']`, `['body', 0, …]` →
 * `['body_es', 0, …]`.
 */
export function spanishPath(kind: TranslatableType, path: Path): Path | undefined {
  const fields: readonly string[] = TRANSLATABLE_FIELDS[kind];
  const [key, index, itemField, ...rest] = path;
  if (typeof index === 'number' && typeof itemField === 'string' && fields.includes(`${key}[].${itemField}`))
    return [key!, index, `${itemField}_es`, ...rest];
  return fields.includes(String(key)) ? [`${key}_es`, ...path.slice(1)] : undefined;
}

/**
 * Adds copies of a location, a program and a service whose every free-text field, and its Spanish sibling,
 * holds hostile text sampled by fast-check (fixed seed: the same strings each run), for the build to render.
 * Returns what each page must show: the English page its English and shared fields, the Spanish page its
 * Spanish and shared fields.
 */
export function addFuzzDocuments(docs: Doc[], { copies, seed }: { copies: number; seed: number }): FuzzPage[] {
  const pages: FuzzPage[] = [];
  const originals = createFullDataset() as Doc[];
  const kinds = [
    ['location', 'location.eastside', '/locations/'],
    ['program', 'program.iop', '/programs/'],
    ['service', 'service.yoga', '/services/'],
  ] as const;
  let run = 0;
  for (const [kind, from, base] of kinds) {
    for (let copy = 1; copy <= copies; copy++) {
      const doc = structuredClone(originals.find((d) => d._id === from)!);
      const slug = `fuzz-${copy}`;
      Object.assign(doc, { _id: `${kind}.${slug}`, slug: { _type: 'slug', current: slug } });
      if (kind === 'location') Object.assign(doc, { languages: [] });
      const sample = (field: TextField, path: Path) => {
        const [text] = fc.sample(renderableText(field), { seed: seed + run++, numRuns: 1 });
        setPath(doc, path, text);
        return { field: fieldPath(path), text: text!, shows: shown(field, text!) };
      };
      const english = TEXT_FIELDS[kind].map((field) => sample(field, field.path));
      const spanish = TEXT_FIELDS[kind].map((field, i) => {
        const path = spanishPath(kind, field.path);
        return path ? sample(field, path) : english[i]!;
      });
      docs.push(doc);
      pages.push({ page: `${base}${slug}/`, id: doc._id, samples: english });
      pages.push({ page: `/es${base}${slug}/`, id: `${doc._id} (es)`, samples: spanish });
    }
  }
  return pages;
}
