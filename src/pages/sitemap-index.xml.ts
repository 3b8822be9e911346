import type { APIRoute } from 'astro';
import { sitemapChunks, sitemapIndexXml } from '../domain/sitemap.ts';
import { builtSitePaths } from '../lib/site-paths.ts';

/**
 * The sitemap index that robots.txt names. Written as pages, not by a build-end integration: at 20,000
 * locations @astrojs/sitemap took ~2 s and left the Astro process ~0.25 GB larger after rendering, just
 * before Pagefind starts.
 */
export const GET: APIRoute = async ({ site }) => {
  const count = sitemapChunks(await builtSitePaths()).length;
  return new Response(sitemapIndexXml(count, site!), { headers: { 'Content-Type': 'application/xml' } });
};
