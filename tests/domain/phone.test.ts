import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, test } from 'vitest';
import { formatPhone, telHref } from '../../src/domain/phone.ts';

describe('phone numbers as people read them', () => {
  test.each(['+15035550142', '+12125550199', '+16045550123', '+18006624357', '+19075550100'])(
    '%s reads exactly as libphonenumber formats it nationally',
    (e164) => {
      expect(formatPhone(e164)).toBe(parsePhoneNumberFromString(e164)!.formatNational());
    },
  );

  test('an extension is said after the number and dialled after a pause', () => {
    expect(formatPhone('+15035550142', '204')).toBe('(503) 555-0142 ext. 204');
    expect(telHref('+15035550142', '204')).toBe('tel:+15035550142,204');
  });

  test('numbers outside North America keep their international form', () => {
    expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
  });
});
