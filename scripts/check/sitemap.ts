import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveUrlPath } from './dist-files.ts';
import type { Failure } from './failure.ts';

/** The `<loc>` URLs of a sitemap or sitemap index, in document order. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map((m) => decodeXml(m[1]!));
}

/**
 * Every page URL listed by `dist/sitemap-index.xml` and the sitemaps it points to, as absolute URLs on the
 * configured `site`; undefined when the build has no sitemap index.
 */
export function sitemapUrls(distDir: string): string[] | undefined {
  const indexFile = join(distDir, 'sitemap-index.xml');
  if (!existsSync(indexFile)) return undefined;
  const urls: string[] = [];
  for (const sitemap of sitemapLocs(readFileSync(indexFile, 'utf8'))) {
    // The index names sitemaps on the production host; the same files sit at the same paths in dist.
    const file = join(distDir, new URL(sitemap).pathname);
    if (!existsSync(file)) throw new Error(`sitemap-index.xml lists ${sitemap}, but ${file} does not exist`);
    urls.push(...sitemapLocs(readFileSync(file, 'utf8')));
  }
  return urls;
}

/** The URL paths of every page in the sitemap (the production host dropped), or undefined without a sitemap. */
export function sitemapPaths(distDir: string): string[] | undefined {
  return sitemapUrls(distDir)?.map((url) => new URL(url).pathname);
}

/** The origin of the configured `site`, read from the sitemap, so absolute self-links can be checked too. */
export function siteOrigin(distDir: string): string | undefined {
  const first = sitemapUrls(distDir)?.[0];
  return first ? new URL(first).origin : undefined;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Checks that every sitemap URL is served by a page in dist and every page but the 404s is in the sitemap. */
export function checkSitemap(distDir: string, pagePaths: readonly string[]): Failure[] {
  const paths = sitemapPaths(distDir);
  if (!paths) return [{ file: 'sitemap-index.xml', rule: 'sitemap', message: 'dist has no sitemap-index.xml' }];
  const failures: Failure[] = [];
  for (const path of paths) {
    const resolved = resolveUrlPath(distDir, path);
    if (resolved.kind !== 'file' || !resolved.file.endsWith('.html')) {
      failures.push({
        file: 'sitemap-0.xml',
        rule: 'sitemap',
        message: `${path} is listed but no page in dist serves it`,
      });
    }
  }
  const listed = new Set(paths);
  for (const path of pagePaths) {
    // Error pages must stay out of the sitemap; everything else a visitor can reach belongs in it.
    if (/^(\/es)?\/404(\.html|\/)$/.test(path) || listed.has(path)) continue;
    failures.push({ file: 'sitemap-0.xml', rule: 'sitemap', message: `${path} is built but not in the sitemap` });
  }
  return failures;
}
