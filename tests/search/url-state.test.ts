import { describe, expect, test } from 'vitest';
import { isEmptySearch, parseState, stateToSearch, toPagefindFilters } from '../../src/scripts/search/url-state.ts';

describe('search state in the URL', () => {
  test('round-trips query, facets, ZIP and radius in a stable order', () => {
    const search = '?q=iop&state=WA&state=OR&program=Intensive+outpatient+program&zip=97214&within=25';
    const state = parseState(search);
    expect(state).toEqual({
      q: 'iop',
      filters: { state: ['WA', 'OR'], program: ['Intensive outpatient program'] },
      zip: '97214',
      radius: 25,
      ignored: [],
    });
    expect(stateToSearch(state)).toBe(
      '?q=iop&program=Intensive+outpatient+program&state=OR&state=WA&zip=97214&within=25',
    );
    expect(parseState(stateToSearch(state))).toEqual({
      ...state,
      filters: { program: ['Intensive outpatient program'], state: ['OR', 'WA'] },
    });
  });

  test('drops what it does not understand, and says so', () => {
    expect(parseState('?q=%20detox%20&color=red&zip=9721&within=7&state=&state=OR&state=OR')).toEqual({
      q: 'detox',
      filters: { state: ['OR'] },
      zip: '',
      radius: 0,
      ignored: ['A ZIP code has 5 digits; the one given was ignored', 'Unknown distance ignored'],
    });
  });

  test('unknown facet values from the URL are dropped and named', () => {
    const state = parseState(
      '?q=iop&state=%3Cscript%3Ealert(1)%3C/script%3E&state=WA&format=Evening&ages=Adolescents+(13%E2%80%9317)&city=Portland,+OR&city=%3Cb%3E',
    );
    expect(state.filters).toEqual({ state: ['WA'], city: ['Portland, OR'], ages: ['Adolescents (13–17)'] });
    expect(state.ignored).toEqual(['Unknown state ignored', 'Unknown format ignored', 'Unknown city ignored']);
    const known = { program: (title: string) => title === 'Intensive outpatient program' };
    expect(parseState('?program=Intensive+outpatient+program&program=Yoga+camp', known)).toMatchObject({
      filters: { program: ['Intensive outpatient program'] },
      ignored: ['Unknown program ignored'],
    });
  });

  test('invisible and direction characters and repeated spaces are stripped from the query', () => {
    expect(parseState('?q=%E2%80%AE%E2%80%8Bdetox%20%20%20near%E2%80%8B').q).toBe('detox near');
  });

  test('a radius only makes sense with a ZIP', () => {
    expect(stateToSearch({ q: '', filters: {}, zip: '', radius: 25 })).toBe('');
  });

  test('facets become Pagefind filters: any value within a facet, all facets together', () => {
    expect(toPagefindFilters({ state: ['OR', 'WA'], city: [] }, () => undefined)).toEqual({
      state: { any: ['OR', 'WA'] },
    });
  });

  test('format, ages, payment and language values use their one-value filters', () => {
    expect(
      toPagefindFilters({ language: ['Spanish', 'American Sign Language'], payment: ['Medicaid'] }, () => undefined),
    ).toEqual({
      all: [
        { any: [{ 'v-payment-medicaid': 'yes' }] },
        { any: [{ 'v-language-spanish': 'yes' }, { 'v-language-american-sign-language': 'yes' }] },
      ],
    });
  });

  test('chosen programs and services filter through their own offers filters; an unknown one matches nothing', () => {
    const offersFilterOf = (title: string) => ({ 'Group therapy': 's-group-therapy', IOP: 'p-iop' })[title];
    const filters = toPagefindFilters({ service: ['Group therapy', 'Yoga'], state: ['OR'] }, offersFilterOf);
    expect(filters).toEqual({
      state: { any: ['OR'] },
      all: [{ any: [{ 's-group-therapy': 'yes' }, { 'service-unknown': 'yes' }] }],
    });
    expect(toPagefindFilters({ program: ['IOP'], service: ['Group therapy'] }, offersFilterOf).all).toEqual([
      { any: [{ 'p-iop': 'yes' }] },
      { any: [{ 's-group-therapy': 'yes' }] },
    ]);
  });

  test('an empty search is recognised', () => {
    expect(isEmptySearch(parseState(''))).toBe(true);
    expect(isEmptySearch(parseState('?state=OR'))).toBe(false);
    expect(isEmptySearch(parseState('?zip=97214'))).toBe(false);
  });
});
