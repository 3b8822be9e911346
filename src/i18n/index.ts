import type { Dictionary } from './dictionary.ts';
import * as en from './en/index.ts';
import * as es from './es/index.ts';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
/** The locale at the site's root (no URL prefix). */
export const DEFAULT_LOCALE: Locale = 'en';

/** Every locale's strings; a locale missing a whole group fails here. Pages only: scripts import their group. */
export const dictionaries: Record<Locale, Dictionary> = { en, es };

/** A page's locale from `Astro.currentLocale` (undefined outside the i18n routes, e.g. the root 404: English). */
export const localeOf = (value: string | undefined): Locale => (value === 'es' ? 'es' : 'en');

/** The strings of a page's locale: pass `Astro.currentLocale`. */
export const dictionaryFor = (locale?: string): Dictionary => dictionaries[localeOf(locale)];
