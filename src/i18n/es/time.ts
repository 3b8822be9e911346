import type { Dictionary } from '../dictionary.ts';

export const time = {
  intl: 'es-US',
  midnight: 'medianoche',
  everyDay: 'Todos los días',
  open24Hours: 'abierto las 24 horas',
  dayRange: (from: string, to: string) => `de ${from} a ${to}`,
  hoursLine: (days: string, span: string) => `${days}: ${span}`,
  span: (opens: string, closes: string) => `de ${opens} a ${closes}`,
  callForHours: 'Llame para saber el horario.',
  openNow: 'Abierto ahora',
  closedNow: 'Cerrado ahora',
  closedNowOpens: (next: string) => `Cerrado ahora: abre ${next}`,
  openingSoon: 'Abrirá pronto',
  temporarilyClosed: 'Cerrado por ahora',
  today: (spans: string) => `Hoy ${spans}`,
} satisfies Dictionary['time'];
