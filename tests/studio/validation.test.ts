import type { ValidationContext } from 'sanity';
import { describe, expect, test, vi } from 'vitest';
import {
  admissionsOrMainPhone,
  check,
  closesAfterOpens,
  kebabSlug,
  notAlsoOffered,
  programsOnce,
  recentlyReviewed,
  validPhoneNumber,
} from '../../sanity/lib/validation.ts';

/** A validation context as the Studio passes it, with a client whose `fetch` answers from `titles`. */
function createMockContext(
  options: { document?: Record<string, unknown>; parent?: unknown; titles?: Record<string, string> } = {},
) {
  const fetch = vi.fn(async (_query: string, params: { ids: string[] }) =>
    params.ids.filter((id) => options.titles?.[id]).map((id) => ({ _id: id, title: options.titles?.[id] })),
  );
  const context = {
    document: { _id: 'location.test', _type: 'location', ...options.document },
    parent: options.parent,
    getClient: () => ({ fetch }),
  } as unknown as ValidationContext;
  return { context, fetch };
}

const ref = (id: string) => ({ _type: 'reference', _ref: id });

describe('check()', () => {
  const validator = check((value: string) => (value === 'bad' ? 'not good' : undefined));

  test('passes empty values to required() and capitalises problems', () => {
    const { context } = createMockContext();
    expect(validator(undefined, context)).toBe(true);
    expect(validator('', context)).toBe(true);
    expect(validator('fine', context)).toBe(true);
    expect(validator('bad', context)).toBe('Not good');
  });
});

describe('phones', () => {
  const { context } = createMockContext();

  test('numbers must be valid E.164 (phoneProblem decides)', () => {
    expect(validPhoneNumber('+15035550142', context)).toBe(true);
    expect(validPhoneNumber('503-555-0142', context)).toMatch(/E\.164/);
    expect(validPhoneNumber('+1503555014', context)).toMatch(/not a valid phone number/);
  });

  test('a location needs an admissions or a main phone', () => {
    const withMain = createMockContext({ document: { mainPhone: { number: '+15035550100' } } }).context;
    expect(admissionsOrMainPhone({ number: '+15035550142' }, context)).toBe(true);
    expect(admissionsOrMainPhone(undefined, withMain)).toBe(true);
    expect(admissionsOrMainPhone(undefined, context)).toMatch(/admissions phone or a main phone/);
    // An empty phone object (editor opened the field, typed nothing) counts as missing.
    expect(admissionsOrMainPhone({}, context)).toMatch(/at least one/);
  });
});

describe('hours, slugs, review date', () => {
  test('closes must follow opens in the same entry', () => {
    const hours = (opens: string) => createMockContext({ parent: { opens } }).context;
    expect(closesAfterOpens('17:00', hours('08:00'))).toBe(true);
    expect(closesAfterOpens('24:00', hours('20:00'))).toBe(true);
    expect(closesAfterOpens('07:00', hours('08:00'))).toBe('Must be later than the opening time (08:00)');
  });

  test('slugs must be kebab-case', () => {
    const { context } = createMockContext();
    expect(kebabSlug({ current: 'gresham-family' }, context)).toBe(true);
    expect(kebabSlug({ current: 'Gresham Family' }, context)).toMatch(/lower-case/);
    // A slug object without `current` is the built-in slug rule's to report.
    expect(kebabSlug({}, context)).toBe(true);
  });

  test('an old review date gets a message (the schema marks it a warning)', () => {
    const { context } = createMockContext();
    expect(recentlyReviewed(new Date().toISOString().slice(0, 10), context)).toBe(true);
    expect(recentlyReviewed('2020-01-01', context)).toMatch(/^Last reviewed \d+ days ago/);
  });
});

describe('location lists', () => {
  test('a program or service offered and not offered is named, on the not-offered item', async () => {
    const { context, fetch } = createMockContext({
      document: {
        programs: [{ _key: 'p1', program: ref('program.iop') }],
        servicesOffered: [ref('service.peer'), ref('service.cbt')],
      },
      titles: { 'service.peer': 'Peer support', 'program.iop': 'Intensive outpatient' },
    });
    const notOffered = [
      { _key: 'n1', item: ref('program.detox') },
      { _key: 'n2', item: ref('service.peer') },
      { _key: 'n3', item: ref('program.iop') },
    ];
    const listed = 'is also listed under "Programs" or "Services offered": keep it in one list only';
    expect(await notAlsoOffered(notOffered, context)).toEqual([
      { message: `"Peer support" (service.peer) ${listed}`, path: [{ _key: 'n2' }] },
      { message: `"Intensive outpatient" (program.iop) ${listed}`, path: [{ _key: 'n3' }] },
    ]);
    // Titles come from one query for the ids concerned.
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[1]).toEqual({ ids: ['program.iop', 'service.peer'] });
  });

  test('no overlap, no query', async () => {
    const { context, fetch } = createMockContext({ document: { servicesOffered: [ref('service.cbt')] } });
    expect(await notAlsoOffered([{ _key: 'n1', item: ref('program.detox') }], context)).toBe(true);
    expect(await notAlsoOffered(undefined, context)).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('when the lookup fails the id still names the service', async () => {
    const { context, fetch } = createMockContext({ document: { servicesOffered: [ref('service.peer')] } });
    fetch.mockRejectedValueOnce(new Error('offline'));
    const result = await notAlsoOffered([{ item: ref('service.peer') }], context);
    // Without a _key the item is pointed at by index.
    expect(result).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^service\.peer is/), path: [0] }),
    ]);
  });

  test('a program listed twice is flagged on the second entry', async () => {
    const { context } = createMockContext({ titles: { 'program.iop': 'Intensive outpatient' } });
    const programs = [
      { _key: 'a', program: ref('program.iop') },
      { _key: 'b', program: ref('program.php') },
      { _key: 'c', program: ref('program.iop') },
    ];
    expect(await programsOnce(programs, context)).toEqual([
      {
        message: '"Intensive outpatient" (program.iop) is listed more than once: keep one entry with all its formats',
        path: [{ _key: 'c' }],
      },
    ]);
    expect(await programsOnce(programs.slice(0, 2), context)).toBe(true);
  });
});
