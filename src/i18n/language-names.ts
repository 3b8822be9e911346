import type { Dictionary } from './dictionary.ts';
import { memoize } from '../domain/memoize.ts';

// Content lists a location's languages by their English names ("Spanish"): the codes Intl.DisplayNames names
// them by in any other language. A name not here is shown as written.
const CODES: Readonly<Record<string, string>> = {
  English: 'en',
  Spanish: 'es',
  Vietnamese: 'vi',
  Russian: 'ru',
  Ukrainian: 'uk',
  Korean: 'ko',
  Somali: 'so',
  Amharic: 'am',
  Chinese: 'zh',
  Mandarin: 'cmn',
  Cantonese: 'yue',
  Tagalog: 'tl',
  Arabic: 'ar',
  French: 'fr',
  Hmong: 'hmn',
  Portuguese: 'pt',
  Haitian: 'ht',
  'Haitian Creole': 'ht',
  German: 'de',
  Italian: 'it',
  Polish: 'pl',
  Japanese: 'ja',
  Hindi: 'hi',
  Punjabi: 'pa',
  Farsi: 'fa',
  Persian: 'fa',
  Urdu: 'ur',
  Bengali: 'bn',
  Nepali: 'ne',
  Burmese: 'my',
  Khmer: 'km',
  Lao: 'lo',
  Thai: 'th',
  Swahili: 'sw',
  Tigrinya: 'ti',
  Oromo: 'om',
  Navajo: 'nv',
};

const displayNames = memoize((intl: string) => new Intl.DisplayNames(intl, { type: 'language', fallback: 'none' }));

/** A language content names in English ("Spanish"), in the page's language ("español"); English pages as written. */
export function languageName(name: string, { labels, time }: Pick<Dictionary, 'labels' | 'time'>): string {
  if (time.intl.startsWith('en')) return name;
  const own = labels.languageNames[name];
  if (own) return own;
  const code = CODES[name];
  return (code && displayNames(time.intl).of(code)) || name;
}
