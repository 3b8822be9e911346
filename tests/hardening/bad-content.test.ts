import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/content-source/problems.ts';
import { loadFile } from '../content-source/helpers.ts';
import { createMockDataset, toNdjson } from '../fixtures/dataset.ts';
import { createFullDataset, hostileText, type Case, type Doc } from './corpus.ts';
import { ERROR_CASES } from './error-cases.ts';
import { getPath, label, SAMPLE_IDS, setPath, shown, TEXT_FIELDS } from './fuzz.ts';
import { RENDER_CASES } from './render-cases.ts';

const CORPUS: Case[] = [...ERROR_CASES, ...RENDER_CASES];

/** Loads an NDJSON dataset and returns the error it fails with, or undefined when it loads. */
async function loadError(text: string) {
  return loadFile(text).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('bad content that is refused with a named problem', () => {
  test.each(ERROR_CASES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const docs = createMockDataset() as Doc[];
    c.change(docs);
    const error = await loadError(c.raw ? c.raw(toNdjson(docs)) : toNdjson(docs));
    expect(error, 'the load should fail with a ContentError').toBeInstanceOf(ContentError);
    const { problems } = error as ContentError;
    expect(problems).toContainEqual({ id: c.id, field: c.field, message: expect.stringContaining(c.messageIncludes) });
    // The one change is the only thing wrong: no problem in another document.
    expect(problems.filter((p) => p.id !== c.id)).toEqual([]);
  });
});

describe('the corpus', () => {
  test('has at least 40 cases, each with an explicit expectation', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    for (const c of CORPUS) {
      expect(['error', 'renders-safely'], c.name).toContain(c.expect);
      if (c.expect === 'error') expect([c.id, c.messageIncludes].every(Boolean), c.name).toBe(true);
      else expect([c.page, c.shows].every(Boolean), c.name).toBe(true);
    }
    expect(new Set(CORPUS.map((c) => c.name)).size, 'case names are unique').toBe(CORPUS.length);
  });

  test('covers every category the hardening issue names', () => {
    const categories = new Set(CORPUS.map((c) => c.category));
    for (const category of [
      'html and script in text',
      'unsafe urls',
      'very long strings',
      'emoji, rtl and zero-width',
      'look-alike slugs',
      'duplicate _keys',
      'wrong-type references',
      'phones of other countries',
      'coordinates',
      'time zones',
      'hours',
    ] as const)
      expect(categories, category).toContain(category);
  });

  test('the full dataset the cases start from loads', async () => {
    await expect(loadFile(createFullDataset())).resolves.toBeDefined();
  });
});

describe('arbitrary hostile text (fast-check) in any free-text field', () => {
  const fields = Object.entries(TEXT_FIELDS).flatMap(([kind, list]) =>
    list.map((field) => ({ id: SAMPLE_IDS[kind as keyof typeof SAMPLE_IDS], field })),
  );

  test.each(fields.map((f) => [`${f.id} › ${label(f.field)}`, f] as const))(
    '%s is either kept verbatim or refused naming that field',
    async (_, { id, field }) => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (text) => {
          const docs = createFullDataset() as Doc[];
          setPath(
            docs.find((d) => d._id === id)!,
            field.path,
            text,
          );
          const result = await loadFile(docs).then(
            (directory) => ({ directory }),
            (error: unknown) => ({ error }),
          );
          if ('error' in result) {
            expect(result.error).toBeInstanceOf(ContentError);
            for (const problem of (result.error as ContentError).problems) {
              expect(problem.id).toBe(id);
              expect(problem.field.startsWith(label(field))).toBe(true);
            }
            return;
          }
          const { directory } = result;
          const all = [
            directory.settings,
            ...(directory.languageAssistance ? [directory.languageAssistance] : []),
            ...directory.services,
            ...directory.programs,
            ...directory.locations,
          ];
          expect(
            getPath(
              all.find((d) => d._id === id),
              field.path,
            ),
          ).toBe(shown(field, text));
        }),
        { numRuns: 15 },
      );
    },
  );
});
