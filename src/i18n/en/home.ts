/** The home page and its "what + where" form (also on program pages). */
export const home = {
  title: 'Find care',
  description: (organization: string) => `Find mental-health and substance-use programs at ${organization} locations.`,
  heading: (organization: string) => `Find care at ${organization}`,
  callAdmissions: 'To start care or ask a question, call admissions:',
  levelsOfCare: 'Levels of care',
  locations: 'Locations',
  allLocations: 'All locations by state',
  allServices: 'All services',
  // The form
  findCare: 'Find care',
  findProgram: (program: string) => `Find ${program}`,
  what: 'What',
  whatPlaceholder: 'IOP, detox…',
  where: 'Where',
  zipOrCity: 'ZIP or city',
  wherePlaceholder: 'e.g. 97214 or Portland',
  search: 'Search',
  useMyLocation: 'Use my location',
};
