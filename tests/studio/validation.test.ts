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
  referencesTo,
  validPhoneNumber,
} from '../../sanity/lib/validation.ts';

/** A validation context as the Studio passes it, with a client whose `fetch` answers from `types`. */
function createMockContext(
  options: { document?: Record<string, unknown>; parent?: unknown; types?: Record<string, string> } = {},
) {
  const fetch = vi.fn(async (_query: string, params: { ids: string[] }, _options?: unknown) =>
    params.ids.filter((id) => options.types?.[id]).map((id) => ({ _id: id, _type: options.types?.[id] })),
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
    const withAdmissions = createMockContext({ document: { admissionsPhone: { number: '+15035550142' } } }).context;
    expect(admissionsOrMainPhone(undefined, withAdmissions)).toBe(true);
    expect(admissionsOrMainPhone(undefined, withMain)).toBe(true);
    expect(admissionsOrMainPhone(undefined, context)).toBe('The location has no admissions or main phone number');
    // An empty phone object (editor opened the field, typed nothing) counts as missing.
    const empty = createMockContext({ document: { admissionsPhone: {} } }).context;
    expect(admissionsOrMainPhone({}, empty)).toMatch(/no admissions or main phone/);
  });
});

describe('hours, slugs, review date', () => {
  test('closes must follow opens in the same entry', () => {
    const hours = (opens: string) => createMockContext({ parent: { opens } }).context;
    expect(closesAfterOpens('17:00', hours('08:00'))).toBe(true);
    expect(closesAfterOpens('24:00', hours('20:00'))).toBe(true);
    expect(closesAfterOpens('07:00', hours('08:00'))).toBe('Closing time must be after opening time');
  });

  test('slugs must be kebab-case', () => {
    const { context } = createMockContext();
    expect(kebabSlug({ current: 'gresham-family' }, context)).toBe(true);
    expect(kebabSlug({ current: 'Gresham Family' }, context)).toBe(
      'Must be lowercase letters, digits and single hyphens',
    );
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
  test('a program or service offered and not offered is named, on the not-offered item', () => {
    const { context } = createMockContext({
      document: {
        programs: [{ _key: 'p1', program: ref('program.iop') }],
        servicesOffered: [ref('service.peer'), ref('service.cbt')],
      },
    });
    const notOffered = [
      { _key: 'n1', item: ref('program.detox') },
      { _key: 'n2', item: ref('service.peer') },
      { item: ref('program.iop') },
    ];
    const both = 'is listed both as offered and as not offered here; keep one';
    expect(notAlsoOffered(notOffered, context)).toEqual([
      { message: `"service.peer" ${both}`, path: [{ _key: 'n2' }, 'item'] },
      // Without a _key the item is pointed at by index.
      { message: `"program.iop" ${both}`, path: [2, 'item'] },
    ]);
    expect(notAlsoOffered(undefined, context)).toBe(true);
  });

  test("a program listed twice is flagged on the second entry, in the build's words", () => {
    const { context } = createMockContext();
    const programs = [
      { _key: 'a', program: ref('program.iop') },
      { _key: 'b', program: ref('program.php') },
      { _key: 'c', program: ref('program.iop') },
    ];
    expect(programsOnce(programs, context)).toEqual([
      { message: '"program.iop" is listed twice', path: [{ _key: 'c' }, 'program'] },
    ]);
    expect(programsOnce(programs.slice(0, 2), context)).toBe(true);
  });

  test('references must name a published document of the right type, in one query per list', async () => {
    const { context, fetch } = createMockContext({ types: { 'service.cbt': 'service', 'location.x': 'location' } });
    const items = [ref('service.cbt'), ref('location.x'), ref('service.gone')];
    expect(await referencesTo(['service'])(items, context)).toEqual([
      { message: 'Points at "location.x", which is a location, not a service', path: [1] },
      { message: 'Points at "service.gone", which does not exist or is not published', path: [2] },
    ]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[2]).toMatchObject({ perspective: 'published' });
    expect(await referencesTo(['service'])([ref('service.cbt')], context)).toBe(true);
  });
});
