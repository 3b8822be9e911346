import type { APIRoute, GetStaticPaths } from 'astro';
import { routeProps, zipRoutes } from '../../lib/routes.ts';

// Served from the site's own origin and fetched only when a visitor enters a ZIP code.
export const getStaticPaths = zipRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, zipRoutes);
  if (!props) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
};
