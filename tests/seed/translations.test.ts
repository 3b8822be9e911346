/**
 * The demo dataset in Spanish: every translatable English value the seed content writes has a Spanish sibling
 * (`f_es`), found by walking the documents with the contract's field list (scripts/seed/lib/translatable.ts),
 * so an English edit without its Spanish fails here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildDataset, toNdjson, type SanityDocument } from '../../scripts/seed/build-dataset.ts';
import {
  TRANSLATABLE,
  translatableValues,
  untranslated,
  type TranslatableValue,
} from '../../scripts/seed/lib/translatable.ts';
import { BUNDLED_DATASET } from '../../src/content-source/config.ts';

const documents = buildDataset();
const values = documents.flatMap((doc) => translatableValues(doc).map((value) => ({ doc, value })));

/** Texts that are the same in both languages: acronyms and names. */
const SAME_IN_SPANISH = new Set(['IOP', 'PHP', 'MOUD', 'FindTreatment.gov']);

/** The words of a value: a text, a list of texts, or Portable Text blocks. */
function plainText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(plainText).join('\n');
  if (value && typeof value === 'object' && 'children' in value) return plainText(value.children);
  if (value && typeof value === 'object' && 'text' in value) return plainText(value.text);
  return '';
}

/** Phone numbers as written (1-800-662-4357, (503) 555-0101) and the 911 and 988 lines, sorted. */
const phoneNumbers = (text: string) =>
  (text.match(/(?:\b1-)?\b\d{3}-\d{3}-\d{4}\b|\(\d{3}\) \d{3}-\d{4}|\b(?:911|988)\b/g) ?? []).sort();

const where = ({ doc, value }: { doc: SanityDocument; value: TranslatableValue }) => `${doc._id} ${value.path}`;

describe('the demo dataset in Spanish', () => {
  test('the bundled dataset is what the seed content makes (npm run seed)', () => {
    const bundled = readFileSync(fileURLToPath(new URL(`../../${BUNDLED_DATASET}`, import.meta.url)), 'utf8');
    expect(bundled).toBe(toNdjson(documents));
  });

  test('every translatable English value has a Spanish sibling', () => {
    const problems = documents.flatMap((doc) =>
      untranslated(doc).map(({ path, reason }) => `${doc._id} ${path}: ${reason}`),
    );
    expect(problems).toEqual([]);
    expect(values.length).toBeGreaterThan(300);
  });

  test('the field list reaches every translatable field of the contract', () => {
    const seen = new Set(values.map(({ doc, value }) => `${doc._type}.${value.path.replace(/\[\d+\]/, '[]')}`));
    const expected = Object.entries(TRANSLATABLE).flatMap(([type, { fields, items }]) => [
      ...fields.map((field) => `${type}.${field}`),
      ...Object.entries(items).flatMap(([array, itemFields]) =>
        itemFields.map((field) => `${type}.${array}[].${field}`),
      ),
    ]);
    expect(expected.filter((field) => !seen.has(field))).toEqual([]);
  });

  test('taking any one Spanish value away is reported, at its place', () => {
    for (const { doc, value } of values) {
      const copy = structuredClone(doc);
      const [, array, index, field] = /^(?:(\w+)\[(\d+)\]\.)?(\w+)$/.exec(value.path) ?? [];
      const owner = array ? (copy[array] as Record<string, unknown>[])[Number(index)]! : copy;
      delete owner[`${field}_es`];
      expect(untranslated(copy), `${doc._id} ${value.path}`).toEqual([
        { path: `${value.path}_es`, reason: 'has no Spanish translation' },
      ]);
    }
  });

  test('a list of facts keeps every item in Spanish; aliases are words of their own', () => {
    const iop = documents.find((doc) => doc._id === 'program.intensive-outpatient')!;
    const fewer = { ...iop, suitableFor_es: (iop.suitableFor_es as string[]).slice(1) };
    expect(untranslated(fewer)).toEqual([
      { path: 'suitableFor_es', reason: 'has 3 items in Spanish for 4 in English' },
    ]);
    expect(untranslated({ ...iop, aliases_es: ['programa intensivo'] })).toEqual([]);
    expect(untranslated({ ...iop, aliases_es: ['programa intensivo', ' '] })).toEqual([
      { path: 'aliases_es', reason: 'must be a list of non-blank texts' },
    ]);
  });

  test('the Spanish is not the English copied over, except names and acronyms', () => {
    const copied = values.filter(
      ({ value }) =>
        typeof value.english === 'string' && value.spanish === value.english && !SAME_IN_SPANISH.has(value.english),
    );
    expect(copied.map(where)).toEqual([]);
  });

  test('the Spanish gives the same phone numbers as the English', () => {
    const differing = values.filter(
      ({ value }) => phoneNumbers(plainText(value.english)).join() !== phoneNumbers(plainText(value.spanish)).join(),
    );
    expect(differing.map(where)).toEqual([]);
    expect(values.filter(({ value }) => phoneNumbers(plainText(value.english)).length > 0).length).toBeGreaterThan(20);
  });

  test('level-of-care names and the words people search with, in Spanish', () => {
    const program = (slug: string) => documents.find((doc) => doc._id === `program.${slug}`)!;
    expect(program('intensive-outpatient')).toMatchObject({ title_es: 'Programa intensivo ambulatorio' });
    expect(program('partial-hospitalization')).toMatchObject({ title_es: 'Programa de hospitalización parcial' });
    expect(program('residential')).toMatchObject({ title_es: 'Tratamiento residencial' });
    expect(program('detox').title_es).toMatch(/^Desintoxicación/);
    expect(program('intensive-outpatient').aliases_es).toEqual(
      expect.arrayContaining(['programa intensivo', 'ambulatorio intensivo']),
    );
    expect(program('detox').aliases_es).toEqual(expect.arrayContaining(['desintoxicación', 'desintoxicacion']));
    expect(program('outpatient-therapy').aliases_es).toEqual(expect.arrayContaining(['consejería', 'terapia']));
  });
});
