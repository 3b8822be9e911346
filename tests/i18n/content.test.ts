import { describe, expect, test } from 'vitest';
import { localized, localizedText } from '../../src/i18n/content.ts';

const program = {
  title: 'Intensive outpatient program',
  title_es: 'Programa intensivo ambulatorio',
  summary: 'Several sessions a week.',
  summary_es: '  ',
  suitableFor: ['Adults'],
  suitableFor_es: [] as string[],
  safetyNote: undefined as string | undefined,
};

describe('translated content', () => {
  test('English pages read the English field, even where a translation exists', () => {
    expect(localized(program, 'title', 'en')).toEqual({ value: 'Intensive outpatient program', lang: 'en' });
  });

  test('Spanish pages read the Spanish sibling field', () => {
    expect(localized(program, 'title', 'es')).toEqual({ value: 'Programa intensivo ambulatorio', lang: 'es' });
    expect(localizedText(program, 'title', 'es')).toBe('Programa intensivo ambulatorio');
  });

  test('a blank or empty translation falls back to English, marked as English', () => {
    expect(localized(program, 'summary', 'es')).toEqual({ value: 'Several sessions a week.', lang: 'en' });
    expect(localized(program, 'suitableFor', 'es')).toEqual({ value: ['Adults'], lang: 'en' });
  });

  test('a field empty in both languages stays empty', () => {
    expect(localized(program, 'safetyNote', 'es')).toEqual({ value: undefined, lang: 'en' });
  });
});
