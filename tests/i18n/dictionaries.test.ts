import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../src/i18n/index.ts';

/** Every string of a dictionary by its path ("layout.crisisCall"); a function is called with sample values. */
function entries(dictionary: object, prefix = ''): [string, string][] {
  return Object.entries(dictionary).flatMap(([key, value]): [string, string][] => {
    const path = prefix + key;
    if (typeof value === 'function') return [[`${path}()`, String(value('X', 'Y'))]];
    if (typeof value === 'object' && value !== null) return entries(value as object, `${path}.`);
    return [[path, String(value)]];
  });
}

// Values that read the same in both languages (names: Medicaid, most states); anything else left in English is an
// untranslated string.
const SAME_IN_BOTH = new Set([
  'time.hoursLine()',
  'locationPage.fax',
  'labels.paymentOption.medicaid',
  'labels.paymentOption.medicare',
  'labels.paymentOption.tricare',
]);
const sameInBoth = (path: string) => SAME_IN_BOTH.has(path) || path.startsWith('labels.usState.');

describe('the Spanish dictionary', () => {
  const en = new Map(entries(dictionaries.en));
  const es = new Map(entries(dictionaries.es));

  test('has exactly the English keys', () => {
    expect([...es.keys()].sort()).toEqual([...en.keys()].sort());
  });

  test('has no empty value and nothing left in English', () => {
    for (const [path, value] of es) {
      expect(value.trim(), path).not.toBe('');
      if (!sameInBoth(path)) expect(value, path).not.toBe(en.get(path));
    }
  });

  test('names the Spanish line of 988 and 911', () => {
    const { layout } = dictionaries.es;
    expect(`${layout.crisisCall} ${layout.crisisOr} ${layout.crisisText}${layout.crisisLifeline} 911`).toContain(
      'Llame o envíe un mensaje de texto al 988; oprima 2 para español',
    );
    // 911 follows, as a link.
    expect(layout.crisisLifeline).toMatch(/Emergencias:$/);
  });
});
