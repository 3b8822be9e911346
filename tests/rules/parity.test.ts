/**
 * One rule, one place, proved: every bad-content case of the corpus (tests/hardening) and every content-source
 * error case goes through both the build (NDJSON parse, zod schemas, graph checks) and the Studio
 * (`validateDocument`, offline, as `npm run dataset:validate` runs it). Each case is refused by both, with the
 * build's problem text among the Studio's markers word for word (same `_id`, same field), or accepted by both.
 * The Studio may add its own built-in markers beside ours (e.g. "Referenced document must be published").
 */
import { describe, expect, test } from 'vitest';
import type { ContentProblem } from '../../src/content-source/problems.ts';
import { createMockDataset, toNdjson } from '../fixtures/dataset.ts';
import { createFullDataset, type Case, type Doc } from '../hardening/corpus.ts';
import { ERROR_CASES } from '../hardening/error-cases.ts';
import { RENDER_CASES } from '../hardening/render-cases.ts';
import { buildProblems, studioProblems } from './both-sides.ts';
import { CONTENT_SOURCE_CASES, type DatasetCase } from './content-source-cases.ts';

// Why the Studio cannot say what the build says, per kind of case. Each is a problem of the file or the dataset
// as a whole, which an editor cannot produce in the Studio's UI, or which is not a problem of one document.
const KEYS =
  'array item _keys: the Studio writes a fresh unique _key for every item an editor adds, so a missing or ' +
  'repeated key only comes from a hand-edited or imported file (dataset:validate reports it, in its own words)';
const NOT_JSON =
  'the line is not JSON (NaN, a byte-order mark, a cut-off line): the Studio never writes one, and there is no ' +
  'document to validate (dataset:validate reports the line, as the build does)';
const NO_SETTINGS =
  'the settings document is missing or only a draft: the Studio validates the documents that exist, one at a ' +
  'time, and an unpublished document is not a validation error there (the Studio shows it as unpublished); ' +
  'the settings are a singleton at a fixed id, which the Studio opens and dataset:validate checks';
const NO_DATASET = 'a problem of the whole dataset (empty, no locations), not of any document the Studio validates';
const BODY =
  'the Studio is stricter inside a program body (Portable Text): its editor allows only https, http, mailto and ' +
  'tel links and its own block styles, while the build lets such content through because the page renderer ' +
  'drops unsafe links and renders unknown styles as paragraphs (renders-safely.test.ts proves it)';

/** Cases where the Studio and the build cannot agree, by name, with the reason. */
const EXCEPTIONS: Record<string, string> = {
  'duplicate _key in opening hours is refused': KEYS,
  'duplicate _key in referral resources is refused': KEYS,
  'duplicate _key in a program body is refused': KEYS,
  'duplicate _key in program FAQ is refused': KEYS,
  'duplicate _key in not-offered entries is refused': KEYS,
  'program body block without a _key is refused': KEYS,
  'minimum hours a week of NaN make the line invalid JSON': NOT_JSON,
  'a byte-order mark before the first document is reported on line 1': NOT_JSON,
  'a malformed NDJSON line': NOT_JSON,
  'site settings under another _id are reported missing': NO_SETTINGS,
  'site settings that exist only as a draft are reported missing': NO_SETTINGS,
  'an empty dataset': NO_DATASET,
  'a dataset without locations': NO_DATASET,
  'javascript: link in a program body loses its link and keeps its text': BODY,
  'javascript: link split by a newline (java\\nscript:) loses its link': BODY,
  'data: link in a program body loses its link and keeps its text': BODY,
  'protocol-relative //evil.example link is marked external with rel noopener noreferrer': BODY,
  'backslash /\\evil.example link is marked external with rel noopener noreferrer': BODY,
  'link href breaking out of its attribute (" onmouseover=) stays one attribute': BODY,
  'Portable Text block style "<script>" renders as a paragraph': BODY,
};

interface Run {
  name: string;
  ndjson: string;
}

/** A corpus case as the NDJSON text both sides read: error cases start from the mock dataset, render cases
 * from the full one (every optional text field filled in). */
function corpusRun(c: Case): Run {
  const docs = (c.expect === 'error' ? createMockDataset() : createFullDataset()) as Doc[];
  c.change(docs);
  const text = toNdjson(docs);
  return { name: c.name, ndjson: c.expect === 'error' && c.raw ? c.raw(text) : text };
}

function datasetRun(c: DatasetCase): Run {
  const docs = createMockDataset() as Doc[];
  c.change(docs);
  const text = toNdjson(docs);
  return { name: c.name, ndjson: c.raw ? c.raw(text) : text };
}

const RUNS: Run[] = [...ERROR_CASES, ...RENDER_CASES].map(corpusRun).concat(CONTENT_SOURCE_CASES.map(datasetRun));

/** Sanity capitalises its messages ("Required"); ours follow suit in the Studio, so the first letter may differ. */
const sameText = (a: string, b: string) =>
  a.charAt(0).toLowerCase() + a.slice(1) === b.charAt(0).toLowerCase() + b.slice(1);
const said = (problems: readonly ContentProblem[], p: ContentProblem) =>
  problems.some((s) => s.id === p.id && s.field === p.field && sameText(s.message, p.message));
const show = (problems: readonly ContentProblem[]) => problems.map((p) => `${p.id} › ${p.field}: ${p.message}`);

describe('the Studio and the build agree on every case', () => {
  test('every exception names a case that exists', () => {
    const names = new Set(RUNS.map((run) => run.name));
    for (const name of Object.keys(EXCEPTIONS)) expect(names, name).toContain(name);
  });

  test.each(RUNS.filter((run) => !EXCEPTIONS[run.name]).map((run) => [run.name, run] as const))(
    '%s',
    async (_, { ndjson }) => {
      const [build, studio] = await Promise.all([buildProblems(ndjson), studioProblems(ndjson)]);
      expect(studio.length > 0, `Studio: ${show(studio).join('\n')}\nbuild: ${show(build).join('\n')}`).toBe(
        build.length > 0,
      );
      const unsaid = build.filter((p) => !said(studio, p));
      expect(show(unsaid), `the Studio said instead:\n${show(studio).join('\n')}`).toEqual([]);
    },
    30_000,
  );

  // An exception that no longer holds is a rule the Studio now shares: take it off the list.
  test.each(Object.keys(EXCEPTIONS))('exception: %s', async (name) => {
    const { ndjson } = RUNS.find((run) => run.name === name)!;
    const [build, studio] = await Promise.all([buildProblems(ndjson), studioProblems(ndjson)]);
    const agree = build.length > 0 === studio.length > 0 && build.every((p) => said(studio, p));
    expect(agree, 'the Studio and the build now agree on it').toBe(false);
  });
});
