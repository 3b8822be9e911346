import type { Dictionary } from './dictionary.ts';
import * as en from './en/index.ts';
import * as es from './es/index.ts';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** Every locale's strings; a locale missing a whole group fails here. Pages only: scripts import their group. */
export const dictionaries: Record<Locale, Dictionary> = { en, es };

/** The strings of a page's locale (English until the Spanish routes exist). */
export const dictionaryFor = (locale: Locale = 'en'): Dictionary => dictionaries[locale];
