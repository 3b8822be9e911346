import type { APIRoute, GetStaticPaths } from 'astro';
import { sitemapChunks, urlsetXml } from '../domain/sitemap.ts';
import { builtSitePaths } from '../lib/site-paths.ts';

/** One sitemap file per 50,000 pages: sitemap-0.xml, sitemap-1.xml, … */
export const getStaticPaths = (async () =>
  sitemapChunks(await builtSitePaths()).map((pagePaths, index) => ({
    params: { index: String(index) },
    props: { pagePaths },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(urlsetXml((props as { pagePaths: string[] }).pagePaths, site!), {
    headers: { 'Content-Type': 'application/xml' },
  });
