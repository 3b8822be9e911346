import { US_STATE, US_STATE_ES, type UsState } from '../../domain/vocabulary.ts';
import type { Locale } from '../../i18n/index.ts';
import { components as enComponents } from '../../i18n/en/components.ts';
import { search as en } from '../../i18n/en/search.ts';
import { time as enTime } from '../../i18n/en/time.ts';
import { components as esComponents } from '../../i18n/es/components.ts';
import { search as es } from '../../i18n/es/search.ts';
import { searchValues as esValues } from '../../i18n/es/search-values.ts';
import { time as esTime } from '../../i18n/es/time.ts';

/** Everything the search page's scripts write, in one language: its strings, its time words, its value names. */
export interface SearchLanguage {
  locale: Locale;
  words: typeof en;
  time: typeof enTime;
  /** A shared filter value ("Telehealth") as this language names it ("Telesalud"). */
  valueLabel: (value: string) => string;
  /** A state by its USPS code: "New Mexico", "Nuevo México". */
  stateName: (code: UsState) => string;
  /** After content shown in English on a page in another language: "(en inglés)". */
  untranslated: string;
}

const LANGUAGES: Record<Locale, SearchLanguage> = {
  en: {
    locale: 'en',
    words: en,
    time: enTime,
    valueLabel: (value) => value,
    stateName: (code) => US_STATE[code],
    untranslated: enComponents.untranslated,
  },
  es: {
    locale: 'es',
    words: es,
    time: esTime,
    valueLabel: (value) => esValues[value] ?? value,
    stateName: (code) => US_STATE_ES[code] ?? US_STATE[code],
    untranslated: esComponents.untranslated,
  },
};

/** The language of a page by its `<html lang>` ("es", "es-US"); English for anything else. */
export const searchLanguage = (lang: string): SearchLanguage =>
  LANGUAGES[lang.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en'];
