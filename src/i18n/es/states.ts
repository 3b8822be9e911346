import type { Dictionary } from '../dictionary.ts';

export const states = {
  title: (place: string) => `Centros en ${place}`,
  stateDescription: (organization: string, place: string, locations: string) =>
    `${organization} en ${place}: ${locations}, por ciudad.`,
  cityDescription: (organization: string, place: string, locations: string) =>
    `${organization} en ${place}: ${locations}.`,
  allStates: 'Todos los estados',
  allOf: (state: string) => `Todo ${state}`,
  nearYou: '¿Busca uno cerca de usted?',
  searchByPlace: 'Busque por código postal o ciudad',
  cities: 'Ciudades',
} satisfies Dictionary['states'];
