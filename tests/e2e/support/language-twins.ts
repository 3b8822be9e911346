import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attr, elements, parseHtml } from '../../../scripts/check/html-doc.ts';
import { sitemapLocs } from '../../../scripts/check/sitemap.ts';

/** The hreflang values every page and sitemap entry carries, in the order they are reported. */
export const HREFLANGS = ['en', 'es', 'x-default'] as const;

/** The language a URL path is in by its prefix: `/es/…` is Spanish, everything else English. */
export const languageOf = (path: string): 'en' | 'es' => (path === '/es/' || path.startsWith('/es/') ? 'es' : 'en');

/** The same page in the other language: `/es/programs/iop/` ↔ `/programs/iop/` (same slugs in both). */
export const twinOf = (path: string): string => (languageOf(path) === 'es' ? path.slice('/es'.length) : `/es${path}`);

/** A page's language markup: `<html lang>`, its `<link rel="alternate" hreflang>` targets and the header's link. */
export interface LanguageMarkup {
  lang: string | undefined;
  /** Absolute URL per hreflang; a value repeated for one hreflang is kept as a list so the test can say so. */
  alternates: Record<string, string[]>;
  /** The header's links that name a language (`hreflang`): the language switcher. */
  headerLinks: { href: string; hreflang: string; lang: string | undefined }[];
}

/** Reads the language markup of one HTML document. */
export function languageMarkup(html: string): LanguageMarkup {
  const all = [...elements(parseHtml(html))];
  const alternates: Record<string, string[]> = {};
  for (const el of all) {
    const hreflang = attr(el, 'hreflang');
    if (el.tagName !== 'link' || attr(el, 'rel') !== 'alternate' || hreflang === undefined) continue;
    (alternates[hreflang] ??= []).push(attr(el, 'href') ?? '');
  }
  const header = all.find((el) => el.tagName === 'header');
  const headerLinks = header
    ? [...elements(header)]
        .filter((el) => el.tagName === 'a' && attr(el, 'hreflang') !== undefined)
        .map((el) => ({ href: attr(el, 'href') ?? '', hreflang: attr(el, 'hreflang')!, lang: attr(el, 'lang') }))
    : [];
  const root = all.find((el) => el.tagName === 'html');
  return { lang: root && attr(root, 'lang'), alternates, headerLinks };
}

/**
 * The `<xhtml:link rel="alternate">` entries of every `<url>` in the build's sitemaps, by the URL's path:
 * absolute URL per hreflang.
 */
export function sitemapAlternates(distDir: string): Map<string, Record<string, string>> {
  const byPath = new Map<string, Record<string, string>>();
  for (const sitemap of sitemapLocs(readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'))) {
    const xml = readFileSync(join(distDir, new URL(sitemap).pathname), 'utf8');
    for (const [, entry] of xml.matchAll(/<url>([\s\S]*?)<\/url>/g)) {
      const [loc] = sitemapLocs(entry!);
      const links: Record<string, string> = {};
      for (const [, hreflang, href] of entry!.matchAll(
        /<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g,
      ))
        links[hreflang!] = href!.replace(/&amp;/g, '&');
      byPath.set(new URL(loc!).pathname, links);
    }
  }
  return byPath;
}
