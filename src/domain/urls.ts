import type { Locale } from '../i18n/index.ts';

/** Site paths: a contract other tools link to, so they are built in this one place. */
export const paths = {
  home: '/',
  programs: '/programs/',
  program: (slug: string) => `/programs/${slug}/`,
  locations: '/locations/',
  location: (slug: string) => `/locations/${slug}/`,
  /** A state's locations, by USPS code (`/states/or/`): not under /locations/, where it could collide with a slug. */
  state: (state: string) => `/states/${state.toLowerCase()}/`,
  city: (state: string, citySlug: string) => `/states/${state.toLowerCase()}/${citySlug}/`,
  services: '/services/',
  service: (slug: string) => `/services/${slug}/`,
  search: '/search/',
  languageAssistance: '/language-assistance/',
} as const;

type Paths = { [K in keyof typeof paths]: (typeof paths)[K] extends string ? string : (typeof paths)[K] };

/** `path` (an English one) in `locale`: English at the root, every other locale under its prefix (`/es/…`). */
export const inLocale = (path: string, locale: Locale): string => (locale === 'en' ? path : `/${locale}${path}`);

/** The English path of any page path: `/es/programs/iop/` → `/programs/iop/`. */
export const englishPath = (path: string): string => path.replace(/^\/es(?=\/)/, '');

/** The same pages' paths in `locale`: the same slugs in every language. */
export function pathsFor(locale: Locale): Paths {
  if (locale === 'en') return paths;
  const entries = Object.entries(paths).map(([name, path]) => [
    name,
    typeof path === 'string'
      ? inLocale(path, locale)
      : (...args: string[]) => inLocale((path as (...a: string[]) => string)(...args), locale),
  ]);
  return Object.fromEntries(entries) as Paths;
}

/** Most locations a listing shows inline before pointing to search (a 20,000-location directory stays light). */
export const LIST_LIMIT = 60;
