import { describe, expect, test } from 'vitest';
import { displayName } from '../../src/schemas/common.ts';
import { geo } from '../../src/schemas/location.ts';
import { displayNameProblem, geoProblem, languageTagProblem } from '../../src/domain/content-rules.ts';
import { textDirection } from '../../src/domain/text-direction.ts';
import { languageTagline } from '../../src/schemas/language-assistance.ts';

describe('rules the Studio and the build share', () => {
  test('names: length and invisible characters', () => {
    expect(displayNameProblem('Hawthorne Clinic')).toBeUndefined();
    expect(displayNameProblem('Clínica 👩‍⚕️ Hawthorne')).toBeUndefined();
    expect(displayNameProblem('Hawthorne\u200BClinic')).toMatch(/invisible/);
    expect(displayNameProblem('\u202EcinilC')).toMatch(/text-direction/);
    expect(displayNameProblem('x'.repeat(201))).toMatch(/at most 200/);
  });

  test('tagline languages: BCP 47 tags whose language is an ISO 639 code', () => {
    for (const tag of ['es', 'vi', 'zh-Hant', 'ko', 'ru', 'tl', 'ar', 'es-419', 'zh-Hant-TW', 'hmn'])
      expect(languageTagProblem(tag), tag).toBeUndefined();
    for (const tag of ['', 'spanish', 'en_US', ' es', 'x', 'i-klingon', 'zh-'])
      expect(languageTagProblem(tag), tag).toMatch(/must be a BCP 47 language tag/);
  });

  test('a tagline reads right to left in Arabic, Hebrew, Persian and Urdu, left to right otherwise', () => {
    expect(['ar', 'he', 'fa', 'ur'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['es', 'vi', 'zh-Hant', 'ko', 'ru', 'tl'].map(textDirection)).toEqual(Array(6).fill('ltr'));
  });

  test('the zod schema and the Studio rule give the same answer', () => {
    const tagline = (language: string) => ({ _key: 'k', language, text: 'Hola.', phone: { number: '+15035550102' } });
    for (const language of ['es', 'zh-Hant', 'spanish', 'en_US'])
      expect(languageTagline.safeParse(tagline(language)).success, language).toBe(
        languageTagProblem(language) === undefined,
      );
    for (const name of ['Hawthorne Clinic', 'Hawthorne\u200BClinic', 'x'.repeat(300)]) {
      const zodOk = displayName.safeParse(name).success;
      expect(zodOk, name).toBe(displayNameProblem(name) === undefined);
    }
    for (const point of [
      { lat: 45.5, lng: -122.6 },
      { lat: 0, lng: 0 },
      { lat: -122.6, lng: 45.5 },
      { lat: 13.4, lng: 144.8 },
    ]) {
      expect(geo.safeParse(point).success, JSON.stringify(point)).toBe(geoProblem(point) === undefined);
    }
  });
});
