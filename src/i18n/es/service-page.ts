import type { Dictionary } from '../dictionary.ts';

export const servicePage = {
  description: (organization: string, service: string) => `Dónde ofrece ${organization} este servicio: ${service}.`,
  alsoCalled: 'También se llama:',
  partOf: 'Forma parte de:',
  whereOffered: 'Dónde se ofrece',
  offeredNowhere: (organization: string, service: string) =>
    `${organization} no ofrece este servicio (${service}) en ningún centro.`,
  notOfferedAt: 'No se ofrece en',
  andMore: (count: number) => `Y ${count} más.`,
} satisfies Dictionary['servicePage'];
