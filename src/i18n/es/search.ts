import type { Dictionary } from '../dictionary.ts';

export const search = {
  typeLocation: 'Centro',
  typeProgram: 'Programa',
  typeService: 'Servicio',
  typePage: 'Página',
  call: (phone: string) => `Llamar al ${phone}`,
  directions: 'Cómo llegar',
} satisfies Dictionary['search'];
