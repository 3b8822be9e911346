import { describe, expect, test } from 'vitest';
import { normalize, type SearchTerm } from '../../src/scripts/search/terms.ts';
import { withUnderstood } from '../../src/scripts/search/to-state.ts';
import { understand, type City } from '../../src/scripts/search/understand.ts';
import { stateToSearch } from '../../src/scripts/search/url-state.ts';

// Terms as a Spanish search page carries them: the Spanish title, then Spanish and English names.
const term = (kind: SearchTerm['kind'], title: string, aliases: string[], offeredAt = 1): SearchTerm => ({
  kind,
  title,
  url: `/es/${kind}s/${normalize(title).replace(/ /g, '-')}/`,
  aliases,
  offeredAt,
  filter: `${kind[0]}-${normalize(title).replace(/ /g, '-')}`,
});
const terms = [
  term('program', 'Programa intensivo ambulatorio', ['programa intensivo', 'IOP', 'Intensive outpatient program']),
  term('program', 'Programa intensivo ambulatorio para adolescentes', ['IOP para adolescentes', 'teen IOP']),
  term('program', 'Desintoxicación con supervisión médica', ['desintoxicación', 'detox']),
];
const cities: City[] = [
  { name: 'Portland', state: 'OR', center: { lat: 45.52, lng: -122.66 } },
  { name: 'Portland', state: 'ME', center: { lat: 43.66, lng: -70.26 } },
  { name: 'Santa Fe', state: 'NM', center: { lat: 35.69, lng: -105.94 } },
];
const es = (query: string) => understand(query, { terms, cities, locale: 'es' });
const en = (query: string) => understand(query, { terms, cities });
const titles = (query: string) => es(query).what.map((t) => t.title);

describe('what: Spanish and English names from the content, accents optional', () => {
  test.each([
    ['programa intensivo ambulatorio', 'Programa intensivo ambulatorio'],
    ['Programa Intensivo', 'Programa intensivo ambulatorio'],
    ['IOP', 'Programa intensivo ambulatorio'],
    ['desintoxicación', 'Desintoxicación con supervisión médica'],
    ['desintoxicacion', 'Desintoxicación con supervisión médica'],
    ['IOP para adolescentes', 'Programa intensivo ambulatorio para adolescentes'],
  ])('%s names %s', (query, title) => {
    expect(titles(query)).toEqual([title]);
  });
});

describe('where: "cerca de", "cerca de mí", "en" before a place', () => {
  test('"cerca de" a ZIP', () => {
    expect(es('programa intensivo cerca de 97214')).toMatchObject({
      what: [terms[0]],
      where: { kind: 'zip', zip: '97214' },
      rest: '',
    });
  });

  test('"cerca de mí", with or without the accent, is read before anything else', () => {
    for (const query of ['IOP cerca de mí', 'iop cerca de mi', 'desintoxicación donde estoy'])
      expect(es(query), query).toMatchObject({ where: { kind: 'near-me' }, rest: '' });
  });

  test('"en" before a city or a state is a filler word; Spanish state names are states', () => {
    expect(es('IOP en Portland, OR')).toMatchObject({ where: { kind: 'city', cities: [cities[0]] }, rest: '' });
    expect(es('iop en Santa Fe, Nuevo México').where).toEqual({ kind: 'city', cities: [cities[2]] });
    expect(es('desintoxicación en Nueva York')).toMatchObject({ where: { kind: 'state', state: 'NY' }, rest: '' });
    expect(es('IOP en Carolina del Norte').where).toEqual({ kind: 'state', state: 'NC' });
  });

  test('Spanish small words in lowercase are not state codes ("de", "la", "me")', () => {
    expect(es('yoga de la casa me').where).toBeUndefined();
  });
});

describe('who: ages', () => {
  test.each([
    ['adolescentes', 'Adolescents (13–17)'],
    ['jóvenes', 'Adolescents (13–17)'],
    ['jovenes', 'Adolescents (13–17)'],
    ['adultos jóvenes', 'Young adults (18–25)'],
    ['adulto joven', 'Young adults (18–25)'],
    ['personas mayores', 'Seniors (65+)'],
    ['adultos mayores', 'Seniors (65+)'],
    ['niños', 'Children (0–12)'],
    ['ninos', 'Children (0–12)'],
  ])('%s → %s', (query, age) => {
    expect(es(`terapia para ${query}`)).toMatchObject({ ages: [age], rest: 'terapia' });
  });

  test('age words that are part of a program name name the program', () => {
    expect(es('IOP para adolescentes').ages).toEqual([]);
  });
});

describe('how: formats', () => {
  test.each([
    ['telesalud', 'Telehealth'],
    ['virtual', 'Telehealth'],
    ['en línea', 'Telehealth'],
    ['en linea', 'Telehealth'],
    ['por video', 'Telehealth'],
    ['en persona', 'In person'],
    ['presencial', 'In person'],
  ])('%s → %s', (query, format) => {
    expect(es(`IOP ${query}`)).toMatchObject({ formats: [format], rest: '' });
  });
});

describe('language', () => {
  test.each([
    ['en español', 'Spanish'],
    ['en espanol', 'Spanish'],
    ['inglés', 'English'],
    ['vietnamita', 'Vietnamese'],
    ['ruso', 'Russian'],
    ['coreano', 'Korean'],
    ['somalí', 'Somali'],
    ['lengua de señas', 'American Sign Language'],
  ])('%s → %s', (query, language) => {
    expect(es(query)).toMatchObject({ languages: [language], rest: '' });
  });
});

describe('payment', () => {
  test.each([
    ['Medicaid', 'Medicaid'],
    ['Medicare', 'Medicare'],
    ['escala móvil', 'Sliding fee scale'],
    ['escala movil', 'Sliding fee scale'],
    ['TRICARE', 'TRICARE'],
    ['seguro privado', 'Private insurance'],
    ['gratis', 'Free of charge'],
  ])('%s → %s', (query, payment) => {
    expect(es(`IOP con ${query}`)).toMatchObject({ payments: [payment], rest: '' });
  });
});

describe('both languages on a Spanish page, English unchanged', () => {
  test('a Spanish page also reads the English words', () => {
    expect(es('teen therapy telehealth near me')).toMatchObject({
      where: { kind: 'near-me' },
      ages: ['Adolescents (13–17)'],
      formats: ['Telehealth'],
      rest: 'therapy',
    });
  });

  test('an English page does not read Spanish words', () => {
    expect(en('terapia adolescentes telesalud cerca de 97214')).toMatchObject({
      ages: [],
      formats: [],
      rest: 'terapia adolescentes telesalud cerca de',
    });
    expect(en('nueva york').where).toBeUndefined();
  });
});

describe('everything at once, as a URL', () => {
  test('"necesito un programa intensivo cerca de 97214 en español con Medicaid para adolescentes"', () => {
    const read = es('necesito un programa intensivo cerca de 97214 en español con Medicaid para adolescentes');
    expect(read).toMatchObject({ rest: '' });
    const { state } = withUnderstood({ q: '', filters: {}, zip: '', radius: 0 }, [read]);
    expect(stateToSearch(state)).toBe(
      '?program=Programa+intensivo+ambulatorio&ages=Adolescents+%2813%E2%80%9317%29&payment=Medicaid&language=Spanish&zip=97214',
    );
  });
});
