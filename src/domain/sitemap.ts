import { LOCALES } from '../i18n/index.ts';
import { englishPath, inLocale, paths } from './urls.ts';

/** Most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_LIMIT = 50_000;

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Every page a visitor can reach (not the 404), by path, in the order the site lists them. */
export function sitePaths(slugs: {
  programs: readonly string[];
  /** USPS codes of the states with locations, each with the slugs of its city pages (none for a state on one page). */
  states: readonly { state: string; cities: readonly string[] }[];
  locations: readonly string[];
  services: readonly string[];
  /** Whether the content has a language assistance page (an imported directory may not). */
  languageAssistance: boolean;
}): string[] {
  return [
    paths.home,
    paths.programs,
    ...slugs.programs.map(paths.program),
    paths.locations,
    ...slugs.states.flatMap(({ state, cities }) => [
      paths.state(state),
      ...cities.map((city) => paths.city(state, city)),
    ]),
    ...slugs.locations.map(paths.location),
    paths.services,
    ...slugs.services.map(paths.service),
    paths.search,
    ...(slugs.languageAssistance ? [paths.languageAssistance] : []),
  ];
}

/** The site's paths split into sitemap files of at most `limit` URLs each. */
export const sitemapChunks = (all: readonly string[], limit = SITEMAP_LIMIT): string[][] =>
  Array.from({ length: Math.ceil(all.length / limit) }, (_, i) => all.slice(i * limit, (i + 1) * limit));

/** The file name of the `index`th sitemap, e.g. `sitemap-0.xml`. */
export const sitemapFile = (index: number) => `sitemap-${index}.xml`;

/** Every page in every language: the English paths, then their twins under each other locale's prefix. */
export const inEveryLanguage = (englishPaths: readonly string[]): string[] =>
  LOCALES.flatMap((locale) => englishPaths.map((path) => inLocale(path, locale)));

/** A page's `<xhtml:link>` alternates: its twin in each language, and English as the default. */
function alternates(path: string, site: URL): string {
  const english = englishPath(path);
  const link = (hreflang: string, href: string) =>
    `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(new URL(href, site).href)}"/>`;
  return [...LOCALES.map((locale) => link(locale, inLocale(english, locale))), link('x-default', english)].join('');
}

/** A sitemap listing `pagePaths` as absolute URLs on `site`, each with its language alternates. */
export function urlsetXml(pagePaths: readonly string[], site: URL): string {
  const urls = pagePaths.map(
    (path) => `<url><loc>${escapeXml(new URL(path, site).href)}</loc>${alternates(path, site)}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${urls.join('')}</urlset>\n`;
}

/** The sitemap index pointing at `count` sitemap files on `site`. */
export function sitemapIndexXml(count: number, site: URL): string {
  const sitemaps = Array.from(
    { length: count },
    (_, i) => `<sitemap><loc>${escapeXml(new URL(`/${sitemapFile(i)}`, site).href)}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${sitemaps.join('')}</sitemapindex>\n`;
}
