import { describe, expect, test } from 'vitest';
import { idProblems, keyProblems } from '../../sanity/lib/dataset-shape.ts';

describe('keyProblems', () => {
  test('every object in every array, at any depth, needs a unique _key', () => {
    const doc = {
      _id: 'location.a',
      _type: 'location',
      languages: ['English', 'Spanish'], // strings need no key
      hours: [{ _key: 'h1', days: ['mon'] }, { days: ['tue'] }, { _key: 'h1', days: ['wed'] }],
      programs: [{ _key: 'p1', program: { _ref: 'program.iop' }, nested: [{ _key: '' }] }],
    };
    expect(keyProblems(doc)).toEqual([
      { id: 'location.a', path: 'hours[1]', message: 'Array item has no _key' },
      { id: 'location.a', path: 'hours[2]', message: 'Duplicate _key "h1" in this array' },
      { id: 'location.a', path: 'programs[_key=="p1"].nested[0]', message: 'Array item has no _key' },
    ]);
  });

  test('the same key in different arrays is fine', () => {
    const doc = { _id: 'x', a: [{ _key: 'k' }], b: [{ _key: 'k', c: [{ _key: 'k' }] }] };
    expect(keyProblems(doc)).toEqual([]);
  });
});

describe('idProblems', () => {
  test('ids are lower-case, unique, and singletons sit at their fixed id', () => {
    const docs = [
      { _id: 'service.a', _type: 'service' },
      { _id: 'service.a', _type: 'service' },
      { _id: 'Service B', _type: 'service' },
      { _id: 'siteSettings', _type: 'siteSettings' },
      { _id: 'drafts.siteSettings', _type: 'siteSettings' },
      { _id: 'settings-2', _type: 'siteSettings' },
    ];
    expect(idProblems(docs)).toEqual([
      { id: 'service.a', path: '_id', message: 'Used by 2 documents in this file' },
      { id: 'Service B', path: '_id', message: expect.stringContaining('lower-case') },
      { id: 'settings-2', path: '_id', message: 'A siteSettings document must have the id "siteSettings"' },
    ]);
  });
});
