import type { Dictionary } from '../dictionary.ts';

export const components = {
  searchLabel: 'Buscar programas, servicios y centros',
  searchPlaceholderLarge: 'Por ejemplo: IOP, español, Medicaid, una ciudad',
  searchPlaceholderCompact: 'Buscar, por ejemplo IOP o español',
  searchButton: 'Buscar',
  externalSite: ' (sitio externo)',
  callNumber: (number: string) => `Llamar al ${number}`,
  resourceCall: 'Llame al',
  and: 'y',
  referralAdmissions: 'Nuestro equipo de admisiones le puede ayudar a encontrar el lugar adecuado:',
  untranslated: '(en inglés)',
  referralMore: 'Más ayuda, al final de esta página:',
} satisfies Dictionary['components'];
