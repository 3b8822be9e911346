import { describe, expect, test } from 'vitest';
import { schemaTypes } from '../../sanity/schemaTypes/index.ts';

type Prepare = (selection: Record<string, unknown>) => { title?: unknown; subtitle?: unknown };
const typeNamed = (name: string) => {
  const type = schemaTypes.find((t) => t.name === name);
  if (!type) throw new Error(`no schema type ${name}`);
  return type as typeof type & { preview?: { prepare?: Prepare }; fields?: { name: string }[] };
};

describe('schema types', () => {
  test('are the ones docs/content-model.md names', () => {
    expect(schemaTypes.map((t) => t.name).sort()).toEqual(
      [
        'siteSettings',
        'languageAssistance',
        'program',
        'service',
        'location',
        'phone',
        'address',
        'openingHours',
        'offeredProgram',
        'notOfferedItem',
        'referralResource',
        'faqItem',
        'languageTagline',
      ].sort(),
    );
  });

  test('each has an icon that is a real component', () => {
    // @sanity/icons 5 exports icons from subpaths only; a root import type-checks but is undefined at runtime.
    for (const type of schemaTypes) expect(type.icon, type.name).toBeTruthy();
  });

  test('locations preview as "city, state", flagging anything but open', () => {
    const prepare = typeNamed('location').preview!.prepare!;
    expect(prepare({ title: 'Hawthorne Clinic', city: 'Portland', state: 'OR', status: 'open' })).toEqual({
      title: 'Hawthorne Clinic',
      subtitle: 'Portland, OR',
    });
    expect(prepare({ title: 'Boise', city: 'Boise', state: 'ID', status: 'opening-soon' }).subtitle).toBe(
      'Boise, ID · Opening soon',
    );
  });

  test('programs preview their short name, services their category', () => {
    expect(typeNamed('program').preview!.prepare!({ title: 'Intensive outpatient', shortName: 'IOP' }).subtitle).toBe(
      'IOP',
    );
    expect(typeNamed('service').preview!.prepare!({ title: 'CBT', category: 'therapy' }).subtitle).toBe('Therapy');
  });

  test('a not-offered entry names a program or a service, and previews which it is', () => {
    const type = typeNamed('notOfferedItem');
    const item = type.fields!.find((f) => f.name === 'item') as { to?: { type: string }[] } | undefined;
    expect(item?.to?.map((t) => t.type)).toEqual(['program', 'service']);
    const prepare = type.preview!.prepare!;
    expect(prepare({ title: 'Detox', kind: 'program', note: 'Ask admissions.' })).toEqual({
      title: 'Detox',
      subtitle: 'Program · Ask admissions.',
    });
    expect(prepare({ title: 'ECT', kind: 'service' }).subtitle).toBe('Service');
    expect(prepare({}).title).toBe('No program or service chosen');
  });

  test('location fields follow the content model', () => {
    expect(typeNamed('location').fields!.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'name',
        'slug',
        'status',
        'address',
        'geo',
        'timeZone',
        'admissionsPhone',
        'mainPhone',
        'faxPhone',
        'hours',
        'hoursNote',
        'programs',
        'servicesOffered',
        'notOffered',
        'agesServed',
        'languages',
        'paymentAccepted',
        'accessibilityNotes',
        'lastReviewed',
      ]),
    );
  });
});
