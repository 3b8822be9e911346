import { describe, expect, test } from 'vitest';
import { chipsOf } from '../../src/scripts/search/chips.ts';
import { parseState, stateToSearch } from '../../src/scripts/search/url-state.ts';

describe('chips', () => {
  const state = parseState(
    '?q=yoga&program=Intensive+outpatient+program&state=OR&language=Spanish&zip=97214&within=25',
  );

  test('one chip per understood part, in words people read', () => {
    expect(chipsOf(state).map((c) => c.label)).toEqual([
      'Intensive outpatient program',
      'Oregon',
      'Spanish',
      'near 97214',
      'within 25 mi',
    ]);
  });

  test('removing a chip is the URL without that part, and nothing else', () => {
    const urls = Object.fromEntries(chipsOf(state).map((c) => [c.label, stateToSearch(c.without)]));
    expect(urls).toEqual({
      'Intensive outpatient program': '?q=yoga&state=OR&language=Spanish&zip=97214&within=25',
      Oregon: '?q=yoga&program=Intensive+outpatient+program&language=Spanish&zip=97214&within=25',
      Spanish: '?q=yoga&program=Intensive+outpatient+program&state=OR&zip=97214&within=25',
      'near 97214': '?q=yoga&program=Intensive+outpatient+program&state=OR&language=Spanish',
      'within 25 mi': '?q=yoga&program=Intensive+outpatient+program&state=OR&language=Spanish&zip=97214',
    });
  });
});
