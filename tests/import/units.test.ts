import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../scripts/import-samhsa/csv.ts';
import { matchesOrg, normalizeOrg } from '../../scripts/import-samhsa/facilities.ts';
import { PROGRAM_BY_CODE, PROGRAMS } from '../../scripts/import-samhsa/mapping.ts';
import { mergeFacilities } from '../../scripts/import-samhsa/merge.ts';
import { slugify, toNdjson } from '../../scripts/import-samhsa/output.ts';
import { parsePhone } from '../../scripts/import-samhsa/phone.ts';
import { timeZoneFor } from '../../scripts/import-samhsa/time-zone.ts';
import { isTimeZone } from '../../src/domain/time-zone.ts';
import { LEVEL_OF_CARE } from '../../src/domain/vocabulary.ts';

describe('csv', () => {
  test('quoted commas, doubled quotes, CRLF inside quotes, BOM, rows numbered as a spreadsheet does', () => {
    const text = '\ufeffa,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\n\r\nlast,,\r\n';
    expect(parseCsv(text)).toEqual([
      { row: 1, fields: ['a', 'b', 'c'] },
      { row: 2, fields: ['x, y', 'say "hi"', 'two\r\nlines'] },
      // The quoted line break moved the next record down a row; the blank line is skipped.
      { row: 5, fields: ['last', '', ''] },
    ]);
  });

  test('an unclosed quote names its row', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow('row 2: a quoted field is never closed');
  });
});

describe('phones', () => {
  test('E.164 with the extension apart', () => {
    expect(parsePhone('800-951-4357 x2650', 'AL')).toEqual({ phone: { number: '+18009514357', extension: '2650' } });
    expect(parsePhone('503-555-0142', 'OR')).toEqual({ phone: { number: '+15035550142' } });
  });

  test('invalid numbers and non-NANP territories are problems, never guessed at', () => {
    expect(parsePhone('999-999-9999', 'OR')).toEqual({ problem: '"999-999-9999" is not a valid US phone number' });
    expect(parsePhone('800-NFI-HOPE', 'OR')).toHaveProperty('problem');
    expect(parsePhone('680-488-4573', 'PW')).toEqual({
      problem: '"680-488-4573" is a +680 (Palau) number; the content model takes US/NANP numbers only',
    });
  });
});

describe('time zones', () => {
  test('by state, by ZIP where the state has two zones', () => {
    expect(timeZoneFor('OR', '97214')).toBe('America/Los_Angeles');
    expect(timeZoneFor('OR', '97914')).toBe('America/Boise'); // Ontario, Malheur County
    expect(timeZoneFor('FL', '32501')).toBe('America/Chicago'); // Pensacola
    expect(timeZoneFor('FL', '32301')).toBe('America/New_York'); // Tallahassee
    expect(timeZoneFor('TX', '79901')).toBe('America/Denver'); // El Paso
    expect(timeZoneFor('TN', '37902')).toBe('America/New_York'); // Knoxville
    expect(timeZoneFor('MI', '49801')).toBe('America/Menominee'); // Iron Mountain
    expect(timeZoneFor('XX', '00000')).toBeUndefined();
  });

  test('every zone in the table is one the runtime knows', () => {
    const states = ['AL', 'AK', 'AZ', 'HI', 'IN', 'PR', 'VI', 'GU', 'AS', 'MP', 'FM', 'MH', 'PW'];
    for (const state of states) expect(isTimeZone(timeZoneFor(state, '00000')!), state).toBe(true);
    for (const [state, zip] of [
      ['AK', '99546'],
      ['FM', '96941'],
      ['FM', '96944'],
      ['MI', '49858'],
    ] as const)
      expect(isTimeZone(timeZoneFor(state, zip)!), zip).toBe(true);
  });
});

describe('organisations', () => {
  test('case, punctuation and a trailing legal form do not matter', () => {
    expect(normalizeOrg(' Centerstone of Indiana Inc ')).toBe('centerstone of indiana');
    expect(matchesOrg('Centerstone of Indiana Inc', 'Centerstone of Indiana')).toBe(true);
    expect(matchesOrg('Daymark Recovery  Services', 'Daymark Recovery Services')).toBe(true);
    expect(matchesOrg('Centerstone of Illinois', 'Centerstone of Indiana')).toBe(false);
    expect(matchesOrg('Centerstone', 'Centerstone of Indiana')).toBe(false);
  });

  test('a name cut at 38 characters matches the full name it starts', () => {
    expect(
      matchesOrg('Pine Rest Christian Mental Hlth Servs I', 'Pine Rest Christian Mental Hlth Servs Inc West'),
    ).toBe(true);
  });
});

describe('mapping table', () => {
  test('every program is a level of care, codes belong to one program', () => {
    for (const program of PROGRAMS) {
      expect(Object.keys(LEVEL_OF_CARE)).toContain(program.category);
      expect(program.codes.length).toBeGreaterThan(0);
      expect(program.summary.length).toBeLessThanOrEqual(300);
    }
    expect(PROGRAM_BY_CODE.size).toBe(PROGRAMS.flatMap((p) => p.codes).length);
    expect(PROGRAM_BY_CODE.get('OIT')?.slug).toBe('intensive-outpatient');
    expect(PROGRAM_BY_CODE.get('ODT')?.slug).toBe('partial-hospitalization');
    expect(PROGRAM_BY_CODE.get('HID')?.slug).toBe('detox');
    expect(PROGRAM_BY_CODE.get('OTP')?.category).toBe('medication-assisted');
  });
});

describe('output', () => {
  test('slugs are ASCII kebab-case, cut at a word', () => {
    expect(slugify('Paseo del Cañon & Co.')).toBe('paseo-del-canon-and-co');
    expect(slugify("St. Mary's – Day Program")).toBe('st-marys-day-program');
    expect(slugify('a'.repeat(50) + ' ' + 'b'.repeat(50))).toBe('a'.repeat(50));
  });

  test('NDJSON is sorted by id and refuses bad or repeated ids', () => {
    expect(
      toNdjson([
        { _id: 'b', _type: 't' },
        { _id: 'a', _type: 't' },
      ]),
    ).toBe('{"_id":"a","_type":"t"}\n{"_id":"b","_type":"t"}\n');
    expect(() => toNdjson([{ _id: 'Bad Id', _type: 't' }])).toThrow('is not of [a-z0-9_.-]');
    expect(() =>
      toNdjson([
        { _id: 'a', _type: 't' },
        { _id: 'a', _type: 't' },
      ]),
    ).toThrow('used twice');
  });
});

describe('merge', () => {
  const row = (source: string, street2: string, phone: string) => ({
    source,
    sourceIndex: source === 'MH' ? 0 : 1,
    row: 2,
    dataIndex: 1,
    name1: 'Clinic',
    name2: '',
    street1: '1 Main St',
    street2,
    city: 'Town',
    state: 'OR',
    zip: '97201',
    mainPhone: { number: phone },
    codes: [],
    raw: {},
  });

  test('a row joins the other file’s row with its street2; rows of one file never merge', () => {
    const { groups, sameFileDuplicates } = mergeFacilities([
      row('MH', 'Suite 200', '+15035550101'),
      row('MH', '', '+15035550102'),
      row('SA', '', '+15035550103'),
    ]);
    expect(groups.map((g) => g.rows.map((r) => `${r.source}:${r.street2}`))).toEqual([
      ['MH:Suite 200'],
      ['MH:', 'SA:'],
    ]);
    expect(sameFileDuplicates).toBe(1);
  });
});
