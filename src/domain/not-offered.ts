import type { NotOfferedItem } from './directory-index.ts';

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 programs and 3 services", "1 service": what a location's "not offered" list holds, in words. */
export function notOfferedCount(items: readonly Pick<NotOfferedItem, 'kind'>[]): string {
  const programs = items.filter((item) => item.kind === 'program').length;
  const services = items.length - programs;
  return [programs > 0 && count(programs, 'program'), services > 0 && count(services, 'service')]
    .filter(Boolean)
    .join(' and ');
}
