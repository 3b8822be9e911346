/**
 * Translated content through the build's own load (GROQ via groq-js, zod): every Spanish sibling `f_es` of the
 * content contract reaches the directory pages are built from; a missing one is `undefined`, a missing list `[]`.
 */
import { describe, expect, test } from 'vitest';
import type { Directory } from '../../src/domain/directory.ts';
import { TRANSLATABLE_FIELDS } from '../../src/domain/translatable.ts';
import { filledPaths, slotsOf } from '../fixtures/translations.ts';
import { createFullDataset, type Doc } from '../hardening/corpus.ts';
import { loadFile } from './helpers.ts';

/** The entity the directory holds for a raw document. */
function entityOf(directory: Directory, doc: Doc): Doc | undefined {
  if (doc._type === 'siteSettings') return directory.settings;
  if (doc._type === 'languageAssistance') return directory.languageAssistance;
  const all: Doc[] = [...directory.programs, ...directory.services, ...directory.locations];
  return all.find((entity) => entity._id === doc._id);
}

/** Each translatable field of a document beside the same field of its entity: `[raw holder, parsed holder, field]`. */
function pairs(directory: Directory, docs: readonly Doc[]): [Doc, Doc, string][] {
  return docs.flatMap((doc) => {
    const parsed = slotsOf(doc._type, entityOf(directory, doc)!);
    return slotsOf(doc._type, doc).flatMap(({ field, holders }, slot) =>
      holders.map((holder, index): [Doc, Doc, string] => [holder, parsed[slot]!.holders[index]!, field]),
    );
  });
}

describe('Spanish siblings of translatable fields', () => {
  test('the fixture fills every translatable field of the contract', () => {
    const docs = createFullDataset() as Doc[];
    const all = Object.entries(TRANSLATABLE_FIELDS).flatMap(([type, paths]) => paths.map((path) => `${type} ${path}`));
    const filled = new Set(docs.flatMap((doc) => filledPaths(doc).map((path) => `${doc._type} ${path}`)));
    expect([...filled].sort()).toEqual(all.sort());
  });

  test('every one reaches the directory as written', async () => {
    const docs = createFullDataset() as Doc[];
    const directory = await loadFile(docs);
    const checked = pairs(directory, docs).filter(([raw, , field]) => raw[field] !== undefined);
    expect(checked.length).toBeGreaterThan(20);
    for (const [raw, parsed, field] of checked) {
      expect(raw[`${field}_es`], `${field}_es in the fixture`).toBeDefined();
      expect(parsed[`${field}_es`], `${field}_es`).toEqual(raw[`${field}_es`]);
    }
  });

  test('a missing one is undefined, a missing list empty', async () => {
    const docs = JSON.parse(
      JSON.stringify(createFullDataset(), (key, value: unknown) => (key.endsWith('_es') ? undefined : value)),
    ) as Doc[];
    const directory = await loadFile(docs);
    for (const [, parsed, field] of pairs(directory, docs))
      expect(parsed[`${field}_es`], `${field}_es`).toEqual(Array.isArray(parsed[field]) ? [] : undefined);
  });
});
