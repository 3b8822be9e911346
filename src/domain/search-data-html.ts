import { OFFERS } from './offers-filter.ts';
import type { SearchData } from './search-data.ts';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };
/** Text escaped as Astro escapes an expression, so the page is the same as the template wrote it. */
const SPECIAL = /[&<>'"]/;
const escapeText = (text: string) => (SPECIAL.test(text) ? text.replace(/[&<>'"]/g, (c) => ENTITY[c]!) : text);
const span = (attribute: string, name: string, value: string) =>
  `<span ${attribute}="${escapeText(name)}">${escapeText(value)}</span>`;

/**
 * The hidden spans Pagefind reads a page's filters, metadata and sort keys from, as one string. A location page
 * has ~90 of them, a quarter of its elements: as a template, Astro rendered, classified and escaped each one on
 * its own (in a 19,000-location build's CPU profile, Astro's renderer went from ~13% to ~10% of rendering).
 */
export function searchDataSpans({ type, filters = {}, offers = [], meta = {}, sort = {} }: SearchData): string {
  // `topic` marks the few program and service pages, so a search can ask for just them without fetching the
  // `type` filter, which lists every location.
  const filterSpans: [string, string][] = [['type', type]];
  if (type !== 'location') filterSpans.push(['topic', type]);
  for (const name in filters) for (const value of filters[name]!) filterSpans.push([name, value]);
  for (const name of offers) filterSpans.push([name, OFFERS]);
  const filterHtml = filterSpans.map(([name, value]) => span('data-pagefind-filter', name, value)).join('');
  const metaHtml = Object.entries(meta)
    .map(([name, value]) => (value === undefined ? '' : span('data-pagefind-meta', name, value)))
    .join('');
  const sortHtml = Object.entries(sort)
    .map(([name, value]) => span('data-pagefind-sort', name, value))
    .join('');
  // The spaces stand where the template had line breaks between its three lists.
  return ` ${filterHtml} ${metaHtml} ${sortHtml} `;
}
