import type { Dictionary } from '../i18n/dictionary.ts';
import { labels as englishLabels } from '../i18n/en/labels.ts';
import type { NotOfferedItem } from './directory-index.ts';

/** "2 programs and 3 services", "1 service": what a location's "not offered" list holds, in words. */
export function notOfferedCount(
  items: readonly Pick<NotOfferedItem, 'kind'>[],
  labels: Dictionary['labels'] = englishLabels,
): string {
  const programs = items.filter((item) => item.kind === 'program').length;
  const services = items.length - programs;
  return [programs > 0 && labels.programs(programs), services > 0 && labels.services(services)]
    .filter(Boolean)
    .join(labels.and);
}
