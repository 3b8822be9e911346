import { describe, expect, test } from 'vitest';
import { matchTerms, namedTerms, normalize, type SearchTerm } from '../../src/scripts/search/terms.ts';

const term = (title: string, aliases: string[], offeredAt = 1): SearchTerm => ({
  kind: 'program',
  title,
  url: `/programs/${normalize(title).replace(/ /g, '-')}/`,
  aliases,
  offeredAt,
  filter: `p-${normalize(title).replace(/ /g, '-')}`,
});
const terms = [
  term('Intensive outpatient program', ['IOP', 'intensive outpatient']),
  term('Partial hospitalization program', ['PHP', 'partial hospitalization', 'day treatment']),
  term('Medication for opioid use disorder', ['MAT', 'MOUD', 'medication-assisted treatment']),
  { ...term('Medically managed detox', ['detox', 'withdrawal management'], 0), kind: 'service' as const },
];
const titles = (query: string) => matchTerms(query, terms).map((t) => t.title);

describe('abbreviations and plain words find each other', () => {
  test('normalising ignores case, punctuation and accents', () => {
    expect(normalize('Day-Treatment')).toBe('day treatment');
    expect(normalize('  Cañon  City ')).toBe('canon city');
  });

  test.each([
    ['IOP', 'Intensive outpatient program'],
    ['iop', 'Intensive outpatient program'],
    ['intensive outpatient', 'Intensive outpatient program'],
    ['day treatment', 'Partial hospitalization program'],
    ['PHP near Portland', 'Partial hospitalization program'],
    ['MOUD', 'Medication for opioid use disorder'],
    ['medication assisted treatment', 'Medication for opioid use disorder'],
    ['detox', 'Medically managed detox'],
  ])('%s names %s', (query, title) => {
    expect(titles(query)).toEqual([title]);
  });

  test('short or unrelated queries name nothing', () => {
    expect(titles('a')).toEqual([]);
    expect(titles('yoga')).toEqual([]);
    // A query word must match whole words: "out" is not "outpatient".
    expect(titles('out')).toEqual([]);
  });
});

describe('a query that names a program or service in full becomes its filter', () => {
  const more = [...terms, term('Outpatient program', ['outpatient', 'OP']), term('Group therapy', [])];
  const named = (query: string) => {
    const { terms: found, rest } = namedTerms(query, more);
    return { titles: found.map((t) => t.title), rest };
  };

  test.each([
    ['IOP', ['Intensive outpatient program'], ''],
    ['iop portland', ['Intensive outpatient program'], 'portland'],
    ['Portland, day-treatment', ['Partial hospitalization program'], 'portland'],
    ['group therapy', ['Group therapy'], ''],
  ])('%s names %j and leaves "%s"', (query, titles, rest) => {
    expect(named(query)).toEqual({ titles, rest });
  });

  test('the longest name wins where names overlap', () => {
    expect(named('intensive outpatient').titles).toEqual(['Intensive outpatient program']);
    expect(named('outpatient').titles).toEqual(['Outpatient program']);
  });

  test('several named terms are all found', () => {
    expect(named('iop or php')).toEqual({
      titles: ['Intensive outpatient program', 'Partial hospitalization program'],
      rest: 'or',
    });
  });

  test('part of a name, or something offered nowhere, names nothing', () => {
    expect(named('therapy')).toEqual({ titles: [], rest: 'therapy' });
    expect(named('intensive')).toEqual({ titles: [], rest: 'intensive' });
    expect(named('detox')).toEqual({ titles: [], rest: 'detox' });
  });
});
