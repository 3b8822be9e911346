import { describe, expect, test } from 'vitest';
import { loadFile } from '../content-source/helpers.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { createDirectoryIndex } from '../../src/domain/directory-index.ts';
import { locationSearchData, type ProgramDetails } from '../../src/domain/search-data.ts';
import { AGE_GROUP, PAYMENT_OPTION, PROGRAM_FORMAT, SEARCH_WORDS } from '../../src/domain/vocabulary.ts';
import { searchValues } from '../../src/i18n/es/search-values.ts';
import { chipsOf } from '../../src/scripts/search/chips.ts';
import { searchLanguage } from '../../src/scripts/search/language.ts';
import { parseState, stateToSearch } from '../../src/scripts/search/url-state.ts';

const es = searchLanguage('es');

describe('the language of the search page', () => {
  test('is read from <html lang>, English for anything but Spanish', () => {
    expect(searchLanguage('es').locale).toBe('es');
    expect(searchLanguage('es-US').locale).toBe('es');
    expect(searchLanguage('en').locale).toBe('en');
    expect(searchLanguage('').locale).toBe('en');
  });

  test('every format, age group and payment value, and every language search reads, has a Spanish name', () => {
    const values = [
      ...Object.values(PROGRAM_FORMAT),
      ...Object.values(AGE_GROUP),
      ...Object.values(PAYMENT_OPTION),
      ...Object.values(SEARCH_WORDS.en.languages),
      ...Object.values(SEARCH_WORDS.es.languages),
    ];
    for (const value of values) expect(Object.keys(searchValues), value).toContain(value);
    expect(es.valueLabel('Telehealth')).toBe('Telesalud');
    expect(es.valueLabel('Klingon'), 'a language nobody translated shows as listed').toBe('Klingon');
  });
});

describe('chips and dropped values in Spanish', () => {
  const state = parseState(
    '?program=Programa+intensivo+ambulatorio&state=OR&language=Spanish&format=Telehealth&zip=97214&within=25',
  );

  test('chips name the shared values in Spanish; the URL keeps the values', () => {
    const chips = chipsOf(state, es);
    expect(chips.map((c) => c.label)).toEqual([
      'Programa intensivo ambulatorio',
      'Oregón',
      'Telesalud',
      'Español',
      'cerca de 97214',
      'a menos de 25 mi',
    ]);
    expect(stateToSearch(chips[2]!.without)).toBe(
      '?program=Programa+intensivo+ambulatorio&state=OR&language=Spanish&zip=97214&within=25',
    );
  });

  test('what a URL held that the page could not use is said in Spanish', () => {
    expect(parseState('?state=XX&zip=123&within=7', undefined, es).ignored).toEqual([
      'No reconocemos este estado; no lo tuvimos en cuenta',
      'Un código postal tiene 5 números; no tuvimos en cuenta el que se escribió',
      'No reconocemos esa distancia; no la tuvimos en cuenta',
    ]);
  });
});

describe('a Spanish location page’s search data', () => {
  test('filter values are shared; the schedule note is the Spanish one, or English where it has none', async () => {
    const directory = createDirectoryIndex(await loadFile(createMockDataset() as never));
    const location = directory.locations.find((l) => l.programs.length > 0)!;
    const [entry] = location.programs;
    Object.assign(entry!, { scheduleNote: 'Evenings', scheduleNote_es: 'Por las tardes' });
    const programs = location.programs.map((e) => directory.program(e.program)!);
    const data = (locale: 'en' | 'es') => locationSearchData(location, { programs, services: [] }, locale);
    const notes = (locale: 'en' | 'es') =>
      Object.values(JSON.parse(data(locale).meta!.programs!) as ProgramDetails).map((d) => d.note);
    expect(notes('es')[0]).toBe('Por las tardes');
    expect(notes('en')[0]).toBe('Evenings');
    expect(data('es').filters).toEqual(data('en').filters);
    expect(data('es').offers).toEqual(data('en').offers);
  });
});

describe('status lines in Spanish', () => {
  test('"a" and "de" contract before "el": al/del código postal', () => {
    const { words } = es;
    expect(words.nearestFirst(words.zipLabel('97214'))).toBe('; primero los más cercanos al código postal 97214');
    expect(words.withinMilesOf(25, words.zipLabel('97214'))).toBe(' a menos de 25 millas del código postal 97214');
    expect(words.nearestFirst('Portland, OR')).toBe('; primero los más cercanos a Portland, OR');
  });
});

describe('states in Spanish', () => {
  test('a chip names a state as Spanish does, and the URL keeps its code', () => {
    const state = parseState('?state=NM&state=OR');
    expect(chipsOf(state, es).map((c) => c.label)).toEqual(['Nuevo México', 'Oregón']);
    expect(chipsOf(state).map((c) => c.label)).toEqual(['New Mexico', 'Oregon']);
  });
});
