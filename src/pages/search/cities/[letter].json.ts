import type { APIRoute, GetStaticPaths } from 'astro';
import { cityShardRoutes, routeProps } from '../../../lib/routes.ts';

// Fetched by the search page only for the first letters of words it could not read otherwise ("Portland OR").
export const getStaticPaths = cityShardRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, cityShardRoutes);
  if (!props) return new Response(null, { status: 404 });
  return new Response(JSON.stringify(props.cities), { headers: { 'Content-Type': 'application/json' } });
};
