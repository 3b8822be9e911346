import type { Dictionary } from '../dictionary.ts';

export const lists = {
  andMore: (count: number) => `Y ${count} centros más`,
  searchThem: 'búsquelos',
  status: { open: 'abierto', 'opening-soon': 'abrirá pronto', 'temporarily-closed': 'cerrado por ahora' },
  nearest: ' — el más cercano: ',
  call: 'llame al',
  offeredAt: ' — se ofrece en ',
  offeredNowhere: ' — no se ofrece en ninguno de nuestros centros.',
} satisfies Dictionary['lists'];
