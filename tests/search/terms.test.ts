import { describe, expect, test } from 'vitest';
import { matchTerms, normalize, type SearchTerm } from '../../src/scripts/search/terms.ts';

const term = (title: string, aliases: string[], offeredAt = 1): SearchTerm => ({
  kind: 'program',
  title,
  url: `/programs/${normalize(title).replace(/ /g, '-')}/`,
  aliases,
  offeredAt,
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
