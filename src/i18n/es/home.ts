import type { Dictionary } from '../dictionary.ts';

export const home = {
  title: 'Buscar atención',
  description: (organization: string) =>
    `Encuentre programas de salud mental y de consumo de sustancias en los centros de ${organization}.`,
  heading: (organization: string) => `Reciba atención en ${organization}`,
  callAdmissions: 'Para empezar o para hacer una pregunta, llame a admisiones:',
  levelsOfCare: 'Niveles de atención',
  locations: 'Centros',
  allLocations: 'Todos los centros por estado',
  allServices: 'Todos los servicios',
  findCare: 'Buscar atención',
  findProgram: (program: string) => `Buscar ${program}`,
  what: 'Qué',
  whatPlaceholder: 'IOP, desintoxicación…',
  where: 'Dónde',
  zipOrCity: 'Código postal o ciudad',
  wherePlaceholder: 'por ejemplo 97214 o Portland',
  search: 'Buscar',
  useMyLocation: 'Usar mi ubicación',
} satisfies Dictionary['home'];
