import type { APIRoute, GetStaticPaths } from 'astro';
import { urlsetXml } from '../domain/sitemap.ts';
import { routeProps, sitemapRoutes } from '../lib/routes.ts';

export const getStaticPaths = sitemapRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, sitemapRoutes);
  if (!props) return new Response(null, { status: 404 });
  return new Response(urlsetXml(props.pagePaths, context.site!), { headers: { 'Content-Type': 'application/xml' } });
};
