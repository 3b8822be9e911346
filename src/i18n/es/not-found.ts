import type { Dictionary } from '../dictionary.ts';

export const notFound = {
  title: 'No encontramos esta página',
  description: 'Esta página no existe.',
  intro: 'Esta página no existe o cambió de lugar. Puede:',
  browsePrograms: 'ver los programas',
  browseLocations: 'ver los centros',
  browseServices: 'ver los servicios',
  orLast: ', o',
  callAdmissions: 'llamar a admisiones al',
} satisfies Dictionary['notFound'];
