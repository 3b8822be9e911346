import { describe, expect, test } from 'vitest';
import { normalize, type SearchTerm } from '../../src/scripts/search/terms.ts';
import { withUnderstood } from '../../src/scripts/search/to-state.ts';
import { cleanQuery, understand, type City } from '../../src/scripts/search/understand.ts';
import { stateToSearch } from '../../src/scripts/search/url-state.ts';

const term = (kind: SearchTerm['kind'], title: string, aliases: string[], offeredAt = 1): SearchTerm => ({
  kind,
  title,
  url: `/${kind}s/${normalize(title).replace(/ /g, '-')}/`,
  aliases,
  offeredAt,
  filter: `${kind[0]}-${normalize(title).replace(/ /g, '-')}`,
});
const terms = [
  term('program', 'Intensive outpatient program', ['IOP', 'intensive outpatient', 'evening program']),
  term('program', 'Adolescent intensive outpatient program', ['teen IOP', 'adolescent IOP']),
  term('program', 'Partial hospitalization program', ['PHP', 'day treatment']),
  term('service', 'Intensive outpatient treatment', ['IOP', 'intensive outpatient']),
  term('service', 'Medically managed detox', ['detox', 'withdrawal management'], 0),
];
const city = (name: string, state: City['state'], lat: number, lng: number): City => ({
  name,
  state,
  center: { lat, lng },
});
const cities = [
  city('Portland', 'OR', 45.52, -122.66),
  city('Portland', 'ME', 43.66, -70.26),
  city('Salt Lake City', 'UT', 40.76, -111.89),
  city('Bend', 'OR', 44.06, -121.31),
];
const read = (query: string) => understand(query, { terms, cities });
const titles = (query: string) => read(query).what.map((t) => t.title);

describe('what: programs and services by title and alias, whole words only', () => {
  test.each([
    ['IOP', 'Intensive outpatient program'],
    ['iop', 'Intensive outpatient program'],
    ['intensive outpatient', 'Intensive outpatient program'],
    ['Day-Treatment', 'Partial hospitalization program'],
    ['teen IOP', 'Adolescent intensive outpatient program'],
    ['detox', 'Medically managed detox'],
  ])('%s names %s', (query, title) => {
    expect(titles(query)).toEqual([title]);
  });

  test('where a program and a service share a name, the program wins', () => {
    expect(read('intensive outpatient').what.map((t) => t.kind)).toEqual(['program']);
  });

  test('no partial-word matches', () => {
    expect(titles('iopx')).toEqual([]);
    expect(titles('liop')).toEqual([]);
    expect(titles('detoxification')).toEqual([]);
    expect(read('iopx').rest).toBe('iopx');
  });
});

describe('where', () => {
  test('a 5-digit ZIP', () => {
    expect(read('IOP near 97214')).toMatchObject({ where: { kind: 'zip', zip: '97214' }, rest: '' });
    expect(read('9721').where).toBeUndefined();
  });

  test('"near me" is read before anything else', () => {
    expect(read('iop near me')).toMatchObject({ where: { kind: 'near-me' }, rest: '' });
    expect(titles('iop near me')).toEqual(['Intensive outpatient program']);
  });

  test('a city with its state: in capitals, or after a comma', () => {
    for (const query of ['Portland OR', 'portland, or', 'Portland, Oregon', 'iop portland or'])
      expect(read(query).where, query).toEqual({ kind: 'city', cities: [cities[0]] });
    expect(read('PHP in Portland ME').where).toEqual({ kind: 'city', cities: [cities[1]] });
  });

  test('a city without a state is every city of that name; multi-word cities match whole', () => {
    expect(read('portland').where).toEqual({ kind: 'city', cities: [cities[0], cities[1]] });
    expect(read('iop salt lake city')).toMatchObject({ where: { kind: 'city', cities: [cities[2]] }, rest: '' });
  });

  test('a state by name or capital code; "or", "in", "me" in lowercase stay words', () => {
    expect(read('IOP Oregon').where).toEqual({ kind: 'state', state: 'OR' });
    expect(read('IOP in OR').where).toEqual({ kind: 'state', state: 'OR' });
    expect(read('new york').where).toEqual({ kind: 'state', state: 'NY' });
    expect(read('yoga or art').where).toBeUndefined();
    expect(read('help in me').where).toBeUndefined();
  });
});

describe('who, how, language, payment', () => {
  test('age words become the ages filter, unless they name a program', () => {
    expect(read('teen therapy').ages).toEqual(['Adolescents (13–17)']);
    expect(read('young adults').ages).toEqual(['Young adults (18–25)']);
    expect(read('teen IOP').ages).toEqual([]);
  });

  test('format words; "evening" is not a format', () => {
    expect(read('virtual iop').formats).toEqual(['Telehealth']);
    expect(read('in person php').formats).toEqual(['In person']);
    expect(read('evening').formats).toEqual([]);
    expect(titles('evening program')).toEqual(['Intensive outpatient program']);
  });

  test('language and payment words', () => {
    expect(read('Spanish').languages).toEqual(['Spanish']);
    expect(read('español').languages).toEqual(['Spanish']);
    expect(read('Medicaid sliding scale')).toMatchObject({
      payments: ['Sliding fee scale', 'Medicaid'],
      rest: '',
    });
    expect(read('TRICARE').payments).toEqual(['TRICARE']);
  });

  test('everything at once, with filler words dropped and the rest left as text', () => {
    expect(read('I need a teen IOP near 97214 in Spanish that takes Medicaid, with yoga')).toMatchObject({
      where: { kind: 'zip', zip: '97214' },
      languages: ['Spanish'],
      payments: ['Medicaid'],
      rest: 'that takes yoga',
    });
  });
});

describe('bad input', () => {
  test('invisible and direction characters and repeated spaces are stripped', () => {
    expect(cleanQuery('\u202e\u200bdetox  \u2066near\u2069   me\ufeff')).toBe('detox near me');
    expect(titles('\u202e\u200bdetox')).toEqual(['Medically managed detox']);
  });

  test('punctuation-only or empty queries understand nothing', () => {
    expect(read('  ,, ')).toEqual({ what: [], ages: [], formats: [], languages: [], payments: [], rest: '' });
  });
});

describe('what was understood becomes the search the URL holds', () => {
  const empty = { q: '', filters: {}, zip: '', radius: 0 };

  test('words become filters and a ZIP; the rest stays the query', () => {
    const { state, nearMe } = withUnderstood(empty, [read('IOP near 97214 spanish medicaid yoga')]);
    expect(nearMe).toBe(false);
    expect(stateToSearch(state)).toBe(
      '?q=yoga&program=Intensive+outpatient+program&payment=Medicaid&language=Spanish&zip=97214',
    );
  });

  test('a "where" field adds its place; a city replaces a ZIP; "near me" asks for the location', () => {
    const base = { ...empty, zip: '97214', filters: { state: ['WA' as const] } };
    const { state } = withUnderstood(base, [read('php'), read('Portland, OR')]);
    expect(state.filters).toMatchObject({ program: ['Partial hospitalization program'], city: ['Portland, OR'] });
    expect(state.zip).toBe('');
    expect(withUnderstood(empty, [read('detox near me')]).nearMe).toBe(true);
  });
});
