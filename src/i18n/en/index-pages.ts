/** The programs, locations and services index pages, with their meta descriptions. */
export const indexPages = {
  programsTitle: 'Programs',
  programsDescription: (organization: string) => `Levels of care offered by ${organization}, and where.`,
  programsIntro: 'Each program is a level of care. Not sure which fits? Call admissions and we will help you choose.',
  offeredNowhere: 'Offered at no location.',
  offeredAt: (locations: string) => `Offered at ${locations}.`,
  locationsTitle: 'Locations',
  locationsDescription: (organization: string) => `All ${organization} locations by state.`,
  locationsSummary: (locations: string, states: number) =>
    `${locations} in ${states === 1 ? '1 state' : `${states} states`}. Choose a state, or`,
  searchByPlace: 'search by ZIP or city',
  servicesTitle: 'Services',
  servicesDescription: (organization: string) => `Services offered, and not offered, at ${organization} locations.`,
  servicesIntro: 'Each service page lists the locations that offer it, and where to go if none does.',
  notOffered: 'not offered',
};
