import { describe, expect, test } from 'vitest';
import { splitPhoneNumbers } from '../../src/domain/phone-text.ts';

/** The numbers found in `text`, as [text shown, tel: address]. */
const numbers = (text: string) => splitPhoneNumbers(text).flatMap((p) => (p.tel ? [[p.text, p.tel]] : []));

describe('phone numbers in note text', () => {
  test('finds North American numbers in the ways people write them', () => {
    expect(numbers('Call SAMHSA’s National Helpline at 1-800-662-4357, free and confidential.')).toEqual([
      ['1-800-662-4357', 'tel:+18006624357'],
    ]);
    expect(numbers('Call (503) 555-0100 or 503.555.0101, or +1 503 555 0102.')).toEqual([
      ['(503) 555-0100', 'tel:+15035550100'],
      ['503.555.0101', 'tel:+15035550101'],
      ['+1 503 555 0102', 'tel:+15035550102'],
    ]);
    expect(numbers('Main line 503-555-0199')).toEqual([['503-555-0199', 'tel:+15035550199']]);
  });

  test('988 and 911 only where the text says to call, text or dial them, in English or Spanish', () => {
    expect(numbers('If you are in crisis, call or text 988. In an emergency, call 911.')).toEqual([
      ['988', 'tel:988'],
      ['911', 'tel:911'],
    ]);
    expect(numbers('Dial 911 now, or reach counselors by calling or texting 988.')).toEqual([
      ['911', 'tel:911'],
      ['988', 'tel:988'],
    ]);
    expect(numbers('Suite 911, 988lifeline.org, open 24/7 since 1988')).toEqual([]);
    expect(
      numbers('Llame o envíe un mensaje de texto al 988. En una emergencia, llame al 911 o marque el 911.'),
    ).toEqual([
      ['988', 'tel:988'],
      ['911', 'tel:911'],
      ['911', 'tel:911'],
    ]);
    expect(numbers('Oficina 911, el 988 es gratis')).toEqual([]);
  });

  test('and where Spanish text says so: llame, marque, (mensaje de) texto', () => {
    expect(
      numbers('Si está en crisis, llame o envíe un mensaje de texto al 988. En una emergencia, llame al 911.'),
    ).toEqual([
      ['988', 'tel:988'],
      ['911', 'tel:911'],
    ]);
    expect(numbers('Marque el 988 y oprima 2; puede llamar al 911.')).toEqual([
      ['988', 'tel:988'],
      ['911', 'tel:911'],
    ]);
    expect(numbers('Oficina 911, 988lineadevida.org, desde 1988')).toEqual([]);
  });

  test('ZIP codes, years, longer digit runs and codes stay text', () => {
    expect(numbers('Portland, OR 97214-1234, since 2022; id 123-456-78901; SKU A503-555-0100')).toEqual([]);
  });

  test('the parts join back into the text, unchanged', () => {
    const text = 'Ask admissions, or call 1-800-662-4357 (24/7). In an emergency, call 911.';
    const parts = splitPhoneNumbers(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => !p.tel).map((p) => p.text)).toEqual([
      'Ask admissions, or call ',
      ' (24/7). In an emergency, call ',
      '.',
    ]);
    expect(splitPhoneNumbers('')).toEqual([{ text: '' }]);
    expect(splitPhoneNumbers('No numbers here.')).toEqual([{ text: 'No numbers here.' }]);
  });
});
