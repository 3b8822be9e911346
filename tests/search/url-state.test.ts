import { describe, expect, test } from 'vitest';
import {
  isEmptySearch,
  parseState,
  stateToSearch,
  toPagefindFilters,
  withPart,
} from '../../src/scripts/search/url-state.ts';

describe('search state in the URL', () => {
  test('round-trips query, facets, ZIP and radius in a stable order', () => {
    const search = '?q=iop&state=WA&state=OR&program=Intensive+outpatient+program&zip=97214&within=25';
    const state = parseState(search);
    expect(state).toEqual({
      q: 'iop',
      filters: { state: ['WA', 'OR'], program: ['Intensive outpatient program'] },
      zip: '97214',
      radius: 25,
    });
    expect(stateToSearch(state)).toBe(
      '?q=iop&program=Intensive+outpatient+program&state=OR&state=WA&zip=97214&within=25',
    );
    expect(parseState(stateToSearch(state))).toEqual({
      ...state,
      filters: { program: ['Intensive outpatient program'], state: ['OR', 'WA'] },
    });
  });

  test('drops what it does not understand instead of failing', () => {
    expect(parseState('?q=%20detox%20&color=red&zip=9721&within=7&state=&state=OR&state=OR')).toEqual({
      q: 'detox',
      filters: { state: ['OR'] },
      zip: '',
      radius: 0,
    });
  });

  test('a radius only makes sense with a ZIP', () => {
    expect(stateToSearch({ q: '', filters: {}, zip: '', radius: 25 })).toBe('');
  });

  test('facets become Pagefind filters: any value within a facet, all facets together', () => {
    expect(toPagefindFilters({ state: ['OR', 'WA'], language: ['Spanish'], city: [] }, () => undefined)).toEqual({
      state: { any: ['OR', 'WA'] },
      language: { any: ['Spanish'] },
    });
  });

  test('chosen services filter through their own offers filters; an unknown one matches nothing', () => {
    const serviceFilter = (title: string) => ({ 'Group therapy': 's-group-therapy' })[title];
    const filters = toPagefindFilters({ service: ['Group therapy', 'Yoga'], state: ['OR'] }, serviceFilter);
    expect(filters).toEqual({
      state: { any: ['OR'] },
      all: [{ any: [{ 's-group-therapy': 'yes' }, { 'service-unknown': 'yes' }] }],
    });
    expect(withPart(filters, { any: [{ 'p-iop': 'yes' }] }).all).toEqual([
      { any: [{ 's-group-therapy': 'yes' }, { 'service-unknown': 'yes' }] },
      { any: [{ 'p-iop': 'yes' }] },
    ]);
  });

  test('an empty search is recognised', () => {
    expect(isEmptySearch(parseState(''))).toBe(true);
    expect(isEmptySearch(parseState('?state=OR'))).toBe(false);
    expect(isEmptySearch(parseState('?zip=97214'))).toBe(false);
  });
});
