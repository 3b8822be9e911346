import { englishPath } from '../../src/domain/urls.ts';
import { LOCALES, type Locale } from '../../src/i18n/index.ts';

/** Kinds of page the size report groups by. */
export const PAGE_TYPES = [
  'home',
  'program',
  'location',
  'service',
  'state',
  'city',
  'listing',
  'search',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

const DETAIL_TYPES: Record<string, PageType> = { programs: 'program', locations: 'location', services: 'service' };

/**
 * The kind of page a URL path is, by the site's URL scheme: `/programs/` is a listing, `/programs/{slug}/` a program,
 * `/states/{xx}/` a state and `/states/{xx}/{city}/` a city; a Spanish twin (`/es/programs/{slug}/`) is of its
 * English page's kind.
 */
export function pageType(localePath: string): PageType {
  const path = englishPath(localePath);
  if (path === '/') return 'home';
  const segments = path.split('/').filter(Boolean);
  const [section] = segments;
  if (section === 'search' && segments.length === 1) return 'search';
  if (section === 'states' && path.endsWith('/')) {
    if (segments.length === 2) return 'state';
    if (segments.length === 3) return 'city';
  }
  const detail = section ? DETAIL_TYPES[section] : undefined;
  if (!detail) return 'other';
  return segments.length === 2 && path.endsWith('/') ? detail : 'listing';
}

/** The language of a page by its URL: a locale's prefix (`/es/…`), or English at the root. */
export const pageLanguage = (path: string): Locale =>
  LOCALES.find((locale) => locale !== 'en' && (path === `/${locale}/` || path.startsWith(`/${locale}/`))) ?? 'en';
