/** Site paths: a contract other tools link to, so they are built in this one place. */
export const paths = {
  home: '/',
  programs: '/programs/',
  program: (slug: string) => `/programs/${slug}/`,
  locations: '/locations/',
  location: (slug: string) => `/locations/${slug}/`,
  services: '/services/',
  service: (slug: string) => `/services/${slug}/`,
  search: '/search/',
} as const;

/** An anchor id for a state heading on the locations page, e.g. `state-or`. */
export const stateAnchor = (state: string) => `state-${state.toLowerCase()}`;

/** Most locations a listing shows inline before pointing to search (a 20,000-location directory stays light). */
export const LIST_LIMIT = 60;
