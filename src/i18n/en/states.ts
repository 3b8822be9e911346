/** State and city pages. `place` is a state's name or "City, State". */
export const states = {
  title: (place: string) => `Locations in ${place}`,
  stateDescription: (organization: string, place: string, locations: string) =>
    `${organization} in ${place}: ${locations}, by city.`,
  cityDescription: (organization: string, place: string, locations: string) =>
    `${organization} in ${place}: ${locations}.`,
  allStates: 'All states',
  allOf: (state: string) => `All of ${state}`,
  nearYou: 'Looking for one near you?',
  searchByPlace: 'Search by ZIP or city',
  cities: 'Cities',
};
