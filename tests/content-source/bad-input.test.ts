import { describe, expect, test } from 'vitest';
import { ContentError } from '../../src/content-source/problems.ts';
import { createLanguageAssistance, createMockDataset, toNdjson } from '../fixtures/dataset.ts';
import { loadFile, problemsOf } from './helpers.ts';

type Doc = Record<string, any>;
/** The mock dataset with one document changed. */
function withChange(id: string, change: (doc: Doc) => void) {
  const docs = createMockDataset();
  const doc = docs.find((d) => d._id === id);
  if (!doc) throw new Error(`no ${id} in the mock dataset`);
  change(doc);
  return docs;
}

describe('bad input is reported with _id, field and reason, all at once', () => {
  test('the mock dataset itself loads', async () => {
    const directory = await loadFile(createMockDataset());
    expect(directory.locations.map((l) => l.slug)).toEqual(['downtown', 'eastside']);
    expect(directory.settings.organizationName).toBe('Example Health');
  });

  test('the language assistance document is optional: without it there is none, with it the taglines load', async () => {
    expect((await loadFile(createMockDataset())).languageAssistance).toBeUndefined();
    const loaded = await loadFile([...createMockDataset(), createLanguageAssistance()]);
    expect(loaded.languageAssistance?.taglines.map((t) => [t.language, t.phone.number])).toEqual([
      ['es', '+15035550102'],
      ['ar', '+15035550108'],
    ]);
  });

  test('a malformed NDJSON line is named by its line number, with every other bad line', async () => {
    const lines = toNdjson(createMockDataset()).split('\n');
    lines.splice(2, 0, '{"_id": "service.broken", "_type": "service",');
    lines.splice(4, 0, '[1, 2]');
    const problems = await problemsOf(lines.join('\n'));
    expect(problems).toEqual([
      expect.objectContaining({ id: 'line 3', message: expect.stringContaining('not valid JSON') }),
      expect.objectContaining({ id: 'line 5', message: expect.stringContaining('one JSON object') }),
    ]);
  });

  test('a missing required field names the document and the field', async () => {
    const problems = await problemsOf(withChange('location.downtown', (d) => delete d.address.city));
    expect(problems).toEqual([{ id: 'location.downtown', field: 'address.city', message: 'is required but missing' }]);
  });

  test('an invalid phone number is refused with the reason', async () => {
    const problems = await problemsOf(
      withChange('location.eastside', (d) => (d.admissionsPhone.number = '503-555-0101')),
    );
    expect(problems).toEqual([
      { id: 'location.eastside', field: 'admissionsPhone.number', message: expect.stringContaining('E.164') },
    ]);
  });

  test('a phone number that is well-formed but does not exist is refused', async () => {
    const problems = await problemsOf(withChange('siteSettings', (d) => (d.admissionsPhone.number = '+15035')));
    expect(problems[0]).toMatchObject({ id: 'siteSettings', field: 'admissionsPhone.number' });
  });

  test('a duplicate slug names both documents', async () => {
    const problems = await problemsOf(withChange('location.eastside', (d) => (d.slug.current = 'downtown')));
    expect(problems).toEqual([
      { id: 'location.eastside', field: 'slug', message: expect.stringContaining('location "location.downtown"') },
    ]);
  });

  test('a dangling reference names the field and the missing id', async () => {
    const problems = await problemsOf(
      withChange('program.iop', (d) => d.components.push({ _type: 'reference', _ref: 'service.gone', _key: 'gone' })),
    );
    expect(problems).toEqual([
      {
        id: 'program.iop',
        field: 'components[1]',
        message: expect.stringContaining('"service.gone", which does not exist'),
      },
    ]);
  });

  test('a reference to a document of the wrong type is refused', async () => {
    const problems = await problemsOf(
      withChange('location.downtown', (d) => (d.servicesOffered[0]._ref = 'program.iop')),
    );
    expect(problems[0]).toMatchObject({ id: 'location.downtown', field: 'servicesOffered[0]' });
    expect(problems[0]?.message).toContain('which is a program, not a service');
  });

  test('a service both offered and not offered at one location is refused', async () => {
    const problems = await problemsOf(
      withChange('location.eastside', (d) => (d.notOffered[0].item._ref = 'service.group-therapy')),
    );
    expect(problems).toEqual([
      {
        id: 'location.eastside',
        field: 'notOffered[0].item',
        message: expect.stringContaining('both as offered and as not offered'),
      },
    ]);
  });

  test('a program both run and not offered at one location is refused', async () => {
    const problems = await problemsOf(
      withChange('location.eastside', (d) => (d.notOffered[0].item._ref = 'program.iop')),
    );
    expect(problems).toEqual([
      {
        id: 'location.eastside',
        field: 'notOffered[0].item',
        message: '"program.iop" is listed both as offered and as not offered here; keep one',
      },
    ]);
  });

  test('a location without an admissions or main phone is refused', async () => {
    const problems = await problemsOf(withChange('location.downtown', (d) => delete d.admissionsPhone));
    expect(problems).toEqual([
      {
        id: 'location.downtown',
        field: 'admissionsPhone',
        message: expect.stringContaining('no admissions or main phone'),
      },
    ]);
  });

  test('several problems in several documents come back together', async () => {
    const docs = withChange('location.downtown', (d) => (d.address.zip = '9720'));
    const eastside = docs.find((d) => d._id === 'location.eastside') as Doc;
    eastside.timeZone = 'Mars/Olympus_Mons';
    eastside.hours[0].closes = '07:00';
    eastside.programs[0].program._ref = 'program.missing';
    const problems = await problemsOf(docs);
    expect(problems.map((p) => `${p.id} ${p.field}`)).toEqual([
      'location.downtown address.zip',
      'location.eastside timeZone',
      'location.eastside hours[0].closes',
      'location.eastside programs[0].program',
    ]);
  });

  test('unknown document types are ignored and counted', async () => {
    const docs = [
      ...createMockDataset(),
      { _id: 'promo.1', _type: 'promotion', title: 'Ignored' },
      { _id: 'promo.2', _type: 'promotion', title: 'Ignored' },
      { _id: 'image-abc', _type: 'sanity.imageAsset' },
    ];
    const directory = await loadFile(docs);
    expect(directory.excluded.unknownTypes).toEqual({ promotion: 2 });
    expect(directory.locations).toHaveLength(2);
  });

  test('drafts are excluded and counted, even when only the draft exists', async () => {
    const docs = [
      ...createMockDataset(),
      {
        ...createMockDataset().find((d) => d._id === 'location.downtown'),
        _id: 'drafts.location.downtown',
        name: 'Draft name',
      },
      {
        ...createMockDataset().find((d) => d._id === 'location.eastside'),
        _id: 'drafts.location.new',
        slug: { current: 'new' },
      },
    ];
    const directory = await loadFile(docs);
    expect(directory.excluded.drafts).toBe(2);
    expect(directory.locations.map((l) => l.name)).toEqual(['Downtown Clinic', 'Eastside Clinic']);
  });

  test('an empty dataset is refused with one clear problem', async () => {
    const problems = await problemsOf('');
    expect(problems).toEqual([{ id: '(dataset)', field: '', message: expect.stringContaining('is empty') }]);
  });

  test('a dataset without locations is refused', async () => {
    const problems = await problemsOf(createMockDataset().filter((d) => d._type !== 'location'));
    expect(problems).toContainEqual({ id: '(dataset)', field: '', message: 'has no published locations' });
  });

  test('the error message lists every problem in plain words', async () => {
    const error = await loadFile(withChange('location.downtown', (d) => (d.status = 'gone'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain(
      'location.downtown › status: is "gone", must be one of: open, opening-soon',
    );
    expect((error as Error).message).toContain('nothing was built');
  });
});
