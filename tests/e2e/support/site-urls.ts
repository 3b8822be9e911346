import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { crawl } from '../../../scripts/check/crawl.ts';
import { sitemapPaths } from '../../../scripts/check/sitemap.ts';

/**
 * Pages outside the sitemap (or easy to drop from it) that still need every site-wide check, in both languages (the
 * Spanish 404 is served at its own address here: the test server does not apply `_redirects`); they must exist.
 */
export const EXTRA_PATHS = ['/404.html', '/search/', '/es/404/', '/es/search/'];

/**
 * The URL paths to test: every page in the build's sitemap (production host dropped, so they work on any server),
 * or, for a build without a sitemap, every page reachable by links from `/`; plus EXTRA_PATHS.
 */
export function siteUrlPaths(distDir: string): string[] {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no index.html: build the site first (npm run test:e2e builds it)`);
  }
  const paths = sitemapPaths(distDir) ?? crawl(distDir, '/');
  return [...new Set([...paths, ...EXTRA_PATHS])];
}
