import type { Dictionary } from '../dictionary.ts';

export const indexPages = {
  programsTitle: 'Programas',
  programsDescription: (organization: string) => `Los niveles de atención que ofrece ${organization}, y dónde.`,
  programsIntro:
    'Cada programa es un nivel de atención. ¿No sabe cuál le conviene? Llame a admisiones y le ayudamos a elegir.',
  offeredNowhere: 'Ningún centro lo ofrece.',
  offeredAt: (locations: string) => `Se ofrece en ${locations}.`,
  locationsTitle: 'Centros',
  locationsDescription: (organization: string) => `Todos los centros de ${organization}, por estado.`,
  locationsSummary: (locations: string, states: number) =>
    `${locations} en ${states === 1 ? '1 estado' : `${states} estados`}. Elija un estado, o`,
  searchByPlace: 'busque por código postal o ciudad',
  servicesTitle: 'Servicios',
  servicesDescription: (organization: string) =>
    `Los servicios que se ofrecen, y los que no, en los centros de ${organization}.`,
  servicesIntro: 'La página de cada servicio muestra los centros que lo ofrecen, y adónde acudir si ninguno lo ofrece.',
  notOffered: 'no se ofrece',
} satisfies Dictionary['indexPages'];
