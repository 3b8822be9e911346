/** Result cards, chips, filters and status lines of the search page's script. */
export const search = {
  // Result cards
  typeLocation: 'Location',
  typeProgram: 'Program',
  typeService: 'Service',
  typePage: 'Page',
  call: (phone: string) => `Call ${phone}`,
  directions: 'Directions',
  /** A distance on a card: "2.3 mi". */
  away: (distance: string) => distance,
  /** Joins the formats a location runs a program in: "In person and Telehealth". */
  and: ' and ',
  // Filters
  facetLabel: {
    type: 'Kind of page',
    program: 'Program',
    service: 'Service',
    state: 'State',
    city: 'City',
    format: 'Format',
    ages: 'Ages',
    payment: 'Payment',
    language: 'Language',
  },
  /** Page types as a filter value and a chip. */
  pageTypes: { location: 'Locations', program: 'Programs', service: 'Services' },
  facetChosen: (facet: string, count: number) => `${facet} (${count} chosen)`,
  loadingChoices: 'Loading choices…',
  noChoices: 'No choices for these results.',
  showOtherChoices: 'Show other choices',
  showAll: (count: number) => `Show all ${count}`,
  filtersButton: (count: number) => `Filters (${count})`,
  // What a URL held that the page could not use
  facetNoun: {
    type: 'kind of page',
    program: 'program',
    service: 'service',
    state: 'state',
    city: 'city',
    format: 'format',
    ages: 'age group',
    payment: 'payment option',
    language: 'language',
  },
  unknownIgnored: (noun: string) => `Unknown ${noun} ignored`,
  zipIgnored: 'A ZIP code has 5 digits; the one given was ignored',
  distanceIgnored: 'Unknown distance ignored',
  unknownPlace: (place: string) => `We don't know the place “${place}”; try a ZIP code or a city`,
  unknownZip: (zip: string) => `We don't know ZIP ${zip}; try another or a city.`,
  // Chips
  nearZip: (zip: string) => `near ${zip}`,
  withinMi: (radius: number) => `within ${radius} mi`,
  nearYourLocation: 'near your location',
  removeChip: ', remove',
  // Status lines
  /** Before anything is asked; the page renders it too, so nothing moves on load. */
  emptyStatus: 'Type what you are looking for and where, or choose filters.',
  searching: 'Searching…',
  yourLocation: 'your location',
  zipLabel: (zip: string) => `ZIP ${zip}`,
  withinMilesOf: (radius: number, place: string) => ` within ${radius} miles of ${place}`,
  nearestFirst: (place: string) => `, nearest to ${place} first`,
  /** Joins the names of the programs and services a search named. */
  or: ' or ',
  placesOffer: (count: number, what: string) => `${count} ${count === 1 ? 'place offers' : 'places offer'} ${what}`,
  results: (count: number) => `${count} ${count === 1 ? 'result' : 'results'}`,
  forQuery: (query: string) => ` for “${query}”`,
  offeredNowhere: 'No location offers this; see below for where to go instead.',
  weDoNotOffer: (what: string) => `We do not offer ${what}`,
  aboutProgram: (title: string) => `About the program: ${title}`,
  aboutService: (title: string) => `About the service: ${title}`,
  // "Use my location"
  locationPrivate: 'Your location stays in this browser.',
  askingLocation: 'Asking your browser for your location…',
  locationNotShared: 'Your browser did not share a location. Enter a ZIP code or a city instead.',
};
