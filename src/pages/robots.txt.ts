import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory.ts';

/** Crawlers may index the site, unless its settings say it holds real third-party data (`noindex`). */
export const GET: APIRoute = async ({ site }) => {
  const { settings } = await getDirectory();
  const sitemap = new URL('/sitemap-index.xml', site).href;
  const body = settings.noindex ? 'User-agent: *\nDisallow: /\n' : `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
