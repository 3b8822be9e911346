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

/** Most locations a listing shows inline before pointing to search (a 20,000-location directory stays light). */
export const LIST_LIMIT = 60;
