/**
 * The editor tools' GROQ (sanity/lib/editor-queries.ts) through groq-js, over the bundled dataset and over a
 * state imported from SAMHSA's 2022 directory. Expected values are worked out in plain code from the documents.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { importSamhsa } from '../../scripts/import-samhsa/import.ts';
import { createGroqExecutor } from '../../src/content-source/groq-local.ts';
import type { RawDocument } from '../../src/content-source/ndjson.ts';
import type {
  CLOSED_OR_OPENING_SOON_QUERY_RESULT,
  COVERAGE_COUNTS_QUERY_RESULT,
  COVERAGE_PAGE_QUERY_RESULT,
  LOCATION_STATES_QUERY_RESULT,
  NEEDS_REVIEW_QUERY_RESULT,
  OFFERED_NOWHERE_QUERY_RESULT,
} from '../../src/content-source/sanity.types.ts';
import {
  CLOSED_OR_OPENING_SOON_QUERY,
  COVERAGE_COUNTS_QUERY,
  COVERAGE_PAGE_QUERY,
  LOCATION_STATES_QUERY,
  NEEDS_REVIEW_QUERY,
  OFFERED_NOWHERE_QUERY,
  REVIEW_WINDOW_DAYS,
  reviewedBefore,
} from '../../sanity/lib/editor-queries.ts';
import { reviewAgeProblem } from '../../sanity/lib/rules.ts';
import { requireSharedData, SHARED } from '../import/helpers.ts';

type Doc = RawDocument & Record<string, any>;

const bundled = (): Doc[] =>
  readFileSync(new URL('../../sanity/dataset/directory.ndjson', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Doc);

const TODAY = new Date('2026-11-30T12:00:00Z');
const ALL = { state: '', start: 0, end: 100_000 };

const run = <T>(docs: readonly Doc[], query: string, params: Record<string, unknown> = {}) =>
  createGroqExecutor(docs)(query, params) as Promise<T>;

// Plain-code oracles over the documents.
const locations = (docs: readonly Doc[]) => docs.filter((doc) => doc._type === 'location');
const offeredPrograms = (location: Doc): string[] =>
  (location.programs ?? []).map((entry: any) => entry.program?._ref).filter(Boolean);
const notOfferedItems = (holder: Doc | undefined): string[] =>
  (holder?.notOffered ?? []).map((entry: any) => entry.item?._ref).filter(Boolean);

function withDoc(docs: Doc[], id: string, change: (doc: Doc) => void): Doc[] {
  return docs.map((doc) => {
    if (doc._id !== id) return doc;
    const copy = structuredClone(doc);
    change(copy);
    return copy;
  });
}

describe('reviewedBefore', () => {
  test('is the first day the lastReviewed warning stays silent', () => {
    const cutoff = reviewedBefore(TODAY);
    expect(cutoff).toBe('2026-06-03');
    expect(reviewAgeProblem(cutoff, TODAY)).toBeUndefined();
    const dayBefore = new Date(Date.parse(`${cutoff}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(reviewAgeProblem(dayBefore, TODAY)).toContain(`more than ${REVIEW_WINDOW_DAYS}`);
  });
});

describe('over the bundled dataset', () => {
  let docs: Doc[];
  beforeAll(() => {
    docs = bundled();
  });

  test('Needs review: stale or missing dates, the missing first, then oldest first', async () => {
    const changed = withDoc(docs, 'location.hawthorne-portland', (doc) => delete doc.lastReviewed);
    const cutoff = reviewedBefore(TODAY);
    const result = await run<NEEDS_REVIEW_QUERY_RESULT>(changed, NEEDS_REVIEW_QUERY, { reviewedBefore: cutoff });

    const expected = locations(changed)
      .filter((doc) => !doc.lastReviewed || doc.lastReviewed < cutoff)
      .sort((a, b) => (a.lastReviewed ?? '').localeCompare(b.lastReviewed ?? ''))
      .map((doc) => doc._id);
    expect(expected.length).toBeGreaterThan(1);
    expect(result.map((row) => row._id)).toEqual(expected);
    expect(result[0]).toMatchObject({ _id: 'location.hawthorne-portland', lastReviewed: null });
  });

  test('Closed or opening soon: every location whose status is not open, and no other', async () => {
    const result = await run<CLOSED_OR_OPENING_SOON_QUERY_RESULT>(docs, CLOSED_OR_OPENING_SOON_QUERY);
    const expected = locations(docs).filter((doc) => doc.status !== 'open');
    expect(expected.length).toBeGreaterThan(0);
    expect(result.map((row) => row._id).sort()).toEqual(expected.map((doc) => doc._id).sort());
    expect(new Set(result.map((row) => row.status))).toEqual(new Set(expected.map((doc) => doc.status)));
  });

  test('Offered nowhere: programs and services no open location offers, with the organisation-wide note flag', async () => {
    // One program that only a closed location runs, and an organisation-wide note for one item.
    const closedLocation = locations(docs).find((doc) => doc.status !== 'open')!;
    let changed = withDoc(docs, closedLocation._id, (doc) => {
      doc.programs = [
        { _key: 'only', _type: 'offeredProgram', program: { _type: 'reference', _ref: 'program.only-closed' } },
      ];
    });
    changed = [...changed, { _id: 'program.only-closed', _type: 'program', title: 'Runs only where closed' }];

    const openLocations = locations(changed).filter((doc) => doc.status === 'open');
    const offered = new Set(
      openLocations.flatMap((doc) => [...offeredPrograms(doc), ...(doc.servicesOffered ?? []).map((r: any) => r._ref)]),
    );
    const nowhere = changed.filter((doc) => ['program', 'service'].includes(doc._type) && !offered.has(doc._id));
    const noted = nowhere[nowhere.length - 1]!;
    changed = withDoc(changed, 'siteSettings', (doc) => {
      doc.notOffered = [
        ...(doc.notOffered ?? []),
        { _key: 'test', _type: 'notOfferedItem', item: { _type: 'reference', _ref: noted._id } },
      ];
    });
    const settings = changed.find((doc) => doc._id === 'siteSettings');

    const result = await run<OFFERED_NOWHERE_QUERY_RESULT>(changed, OFFERED_NOWHERE_QUERY);
    expect(result.map((row) => row._id).sort()).toEqual(nowhere.map((doc) => doc._id).sort());
    expect(result.map((row) => row._id)).toContain('program.only-closed');
    // Programs first, each kind by title.
    expect(result.map((row) => row._type)).toEqual([...result.map((row) => row._type)].sort());
    for (const row of result) expect(row.orgWideNote, row._id).toBe(notOfferedItems(settings).includes(row._id));
    expect(result.find((row) => row._id === noted._id)?.orgWideNote).toBe(true);
  });

  test('Coverage: column counts over all locations, rows in pages, cells from programs and notOffered', async () => {
    const first = locations(docs)[0]!;
    const program = docs.find((doc) => doc._type === 'program' && !offeredPrograms(first).includes(doc._id))!;
    const changed = withDoc(docs, first._id, (doc) => {
      doc.notOffered = [{ _key: 'np', _type: 'notOfferedItem', item: { _type: 'reference', _ref: program._id } }];
    });
    const all = await run<COVERAGE_PAGE_QUERY_RESULT>(changed, COVERAGE_PAGE_QUERY, ALL);
    const counts = await run<COVERAGE_COUNTS_QUERY_RESULT>(changed, COVERAGE_COUNTS_QUERY, { state: '' });

    expect(all.total).toBe(locations(changed).length);
    expect(all.programs.map((p) => p._id).sort()).toEqual(
      changed
        .filter((doc) => doc._type === 'program')
        .map((doc) => doc._id)
        .sort(),
    );
    expect(counts.map((c) => c._id).sort()).toEqual(all.programs.map((p) => p._id).sort());
    for (const column of counts) {
      const runs = locations(changed).filter((doc) => offeredPrograms(doc).includes(column._id)).length;
      const lacks = locations(changed).filter((doc) => notOfferedItems(doc).includes(column._id)).length;
      expect([column._id, column.offered, column.notOffered]).toEqual([column._id, runs, lacks]);
    }
    expect(counts.find((p) => p._id === program._id)!.notOffered).toBeGreaterThan(0);
    expect(all.locations.find((row) => row._id === first._id)!.notOffered).toEqual([program._id]);
    const states = await run<LOCATION_STATES_QUERY_RESULT>(changed, LOCATION_STATES_QUERY);
    expect([...states].sort()).toEqual([...new Set(locations(changed).map((doc) => doc.address.state))].sort());

    // Pages are consecutive slices of one order: state, city, name.
    const page1 = await run<COVERAGE_PAGE_QUERY_RESULT>(changed, COVERAGE_PAGE_QUERY, { state: '', start: 0, end: 4 });
    const page2 = await run<COVERAGE_PAGE_QUERY_RESULT>(changed, COVERAGE_PAGE_QUERY, { state: '', start: 4, end: 8 });
    expect([...page1.locations, ...page2.locations]).toEqual(all.locations.slice(0, 8));
    const keys = all.locations.map((row) => `${row.state}|${row.city}`);
    expect(keys).toEqual([...keys].sort());
  });

  test('Coverage filtered by state: rows, totals and column counts of that state only', async () => {
    const state = 'WA';
    const inState = locations(docs).filter((doc) => doc.address.state === state);
    const result = await run<COVERAGE_PAGE_QUERY_RESULT>(docs, COVERAGE_PAGE_QUERY, { ...ALL, state });
    const counts = await run<COVERAGE_COUNTS_QUERY_RESULT>(docs, COVERAGE_COUNTS_QUERY, { state });
    expect(inState.length).toBeGreaterThan(0);
    expect(result.total).toBe(inState.length);
    expect(result.locations.map((row) => row._id).sort()).toEqual(inState.map((doc) => doc._id).sort());
    const sum = counts.reduce((total, column) => total + column.offered, 0);
    expect(sum).toBe(inState.reduce((total, doc) => total + offeredPrograms(doc).length, 0));
  });
});

describe('over a state imported from the 2022 directory (Wyoming)', () => {
  let docs: Doc[];
  beforeAll(() => {
    requireSharedData();
    docs = importSamhsa({ inputs: [SHARED.mh, SHARED.sa], geo: SHARED.geo, state: 'WY' }).documents as Doc[];
  });

  test('Coverage counts every location and program; Needs review lists the 2022 dates', async () => {
    const coverage = await run<COVERAGE_PAGE_QUERY_RESULT>(docs, COVERAGE_PAGE_QUERY, {
      state: 'WY',
      start: 0,
      end: 50,
    });
    const counts = await run<COVERAGE_COUNTS_QUERY_RESULT>(docs, COVERAGE_COUNTS_QUERY, { state: 'WY' });
    expect(coverage.total).toBe(locations(docs).length);
    expect(coverage.total).toBeGreaterThan(50);
    expect(coverage.locations).toHaveLength(50);
    expect(await run(docs, LOCATION_STATES_QUERY)).toEqual(['WY']);
    for (const column of counts)
      expect(column.offered, column._id).toBe(
        locations(docs).filter((doc) => offeredPrograms(doc).includes(column._id)).length,
      );

    const review = await run<NEEDS_REVIEW_QUERY_RESULT>(docs, NEEDS_REVIEW_QUERY, {
      reviewedBefore: reviewedBefore(TODAY),
    });
    expect(review).toHaveLength(locations(docs).length);
  });

  test('Offered nowhere matches the programs and services no open Wyoming location offers', async () => {
    const open = locations(docs).filter((doc) => doc.status === 'open');
    const offered = new Set(
      open.flatMap((doc) => [...offeredPrograms(doc), ...(doc.servicesOffered ?? []).map((r: any) => r._ref)]),
    );
    const expected = docs
      .filter((doc) => ['program', 'service'].includes(doc._type) && !offered.has(doc._id))
      .map((doc) => doc._id);
    const result = await run<OFFERED_NOWHERE_QUERY_RESULT>(docs, OFFERED_NOWHERE_QUERY);
    expect(result.map((row) => row._id).sort()).toEqual(expected.sort());
  });
});
