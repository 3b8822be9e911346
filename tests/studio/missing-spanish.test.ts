/**
 * The Studio's "Missing Spanish" list: its filter (sanity/lib/editor-queries.ts) through groq-js over fixture
 * documents, and the schema it reads: every Spanish sibling of the Studio schema is one the filter knows, beside
 * its English field.
 */
import { describe, expect, test } from 'vitest';
import { MISSING_SPANISH_FILTER, MISSING_SPANISH_PARAMS } from '../../sanity/lib/editor-queries.ts';
import { schemaTypes } from '../../sanity/schemaTypes/index.ts';
import { createGroqExecutor } from '../../src/content-source/groq-local.ts';
import type { RawDocument } from '../../src/content-source/ndjson.ts';
import { TRANSLATABLE_FIELDS } from '../../src/domain/translatable.ts';
import { createFullDataset, type Doc } from '../hardening/corpus.ts';
import { filledPaths, slotsOf } from '../fixtures/translations.ts';

type Field = { name: string; type: string; fieldset?: string; of?: { type: string }[] };
type Type = { name: string; fields?: Field[]; fieldsets?: { name: string; options?: { columns?: number } }[] };

const types = schemaTypes as unknown as Type[];
const typeNamed = (name: string) => types.find((type) => type.name === name);

/** The `_es` fields of a schema type, as paths of their English fields (`faq[].question`), array items included. */
function spanishPaths(type: Type): string[] {
  return (type.fields ?? []).flatMap((field) => {
    if (field.name.endsWith('_es')) return [field.name.slice(0, -3)];
    if (field.type !== 'array') return [];
    return (field.of ?? []).flatMap((member) => {
      const item = typeNamed(member.type);
      return item ? spanishPaths(item).map((path) => `${field.name}[].${path}`) : [];
    });
  });
}

const missing = async (docs: readonly Doc[]) =>
  (
    (await createGroqExecutor(docs as RawDocument[])(
      `*[${MISSING_SPANISH_FILTER}] | order(_id asc)._id`,
      MISSING_SPANISH_PARAMS,
    )) as string[]
  ).sort();

/** The full fixture dataset (every translatable field in English and Spanish), plus a location without notes. */
function translated(): Doc[] {
  const docs = createFullDataset() as Doc[];
  const eastside = docs.find((doc) => doc._id === 'location.eastside')!;
  for (const item of eastside.notOffered) delete item.note;
  return docs;
}

const withoutSpanish = (docs: Doc[]): Doc[] =>
  JSON.parse(JSON.stringify(docs, (key, value: unknown) => (key.endsWith('_es') ? undefined : value))) as Doc[];

describe('the Studio schema', () => {
  test('has a Spanish sibling for every translatable field of the contract, and for no other field', () => {
    for (const [name, paths] of Object.entries(TRANSLATABLE_FIELDS))
      expect(spanishPaths(typeNamed(name)!).sort(), name).toEqual([...paths].sort());
  });

  test('puts each English field and its Spanish sibling in one two-column fieldset, English first, of one type', () => {
    for (const type of types)
      for (const spanish of (type.fields ?? []).filter((field) => field.name.endsWith('_es'))) {
        const englishName = spanish.name.slice(0, -3);
        const names = type.fields!.map((field) => field.name);
        const english = type.fields!.find((field) => field.name === englishName)!;
        expect(names.indexOf(spanish.name), spanish.name).toBe(names.indexOf(englishName) + 1);
        expect(spanish.type, spanish.name).toBe(english.type);
        expect([english.fieldset, spanish.fieldset], spanish.name).toEqual([englishName, englishName]);
        const fieldset = type.fieldsets!.find((set) => set.name === englishName);
        expect(fieldset?.options?.columns, `${type.name}.${englishName}`).toBe(2);
      }
  });
});

describe('Missing Spanish', () => {
  test('lists nothing when everything is translated', async () => {
    expect(await missing(translated())).toEqual([]);
  });

  test('lists every document with English and no Spanish, but not one without translatable text', async () => {
    const docs = withoutSpanish(translated());
    const expected = docs.filter((doc) => filledPaths(doc).length > 0).map((doc) => doc._id);
    expect(expected).not.toContain('location.eastside');
    expect(expected).toContain('location.downtown');
    expect(await missing(docs)).toEqual(expected.sort());
  });

  // One case per translatable field: the document is listed when that one translation is missing.
  const cases = translated().flatMap((doc) =>
    slotsOf(doc._type, doc)
      .filter(({ field, holders }) => holders.some((holder) => holder[field] !== undefined))
      .map(({ path }) => [`${doc._id} ${path}`, doc._id, path] as const),
  );

  test.each(cases)('a document half translated is listed: %s', async (_, id, path) => {
    const docs = translated();
    const doc = docs.find((d) => d._id === id)!;
    const { field, holders } = slotsOf(doc._type, doc).find((slot) => slot.path === path)!;
    delete holders.find((holder) => holder[field] !== undefined)![`${field}_es`];
    expect(await missing(docs)).toEqual([id]);
  });

  test('an empty translation ("" or an empty list) counts as missing', async () => {
    const docs = translated();
    const iop = docs.find((doc) => doc._id === 'program.iop')!;
    const yoga = docs.find((doc) => doc._id === 'service.yoga')!;
    iop.body_es = [];
    yoga.description_es = '';
    expect(await missing(docs)).toEqual(['program.iop', 'service.yoga']);
  });
});
