import type { APIRoute, GetStaticPaths } from 'astro';
import { cityShards } from '../../../domain/search-cities.ts';
import { getDirectory } from '../../../lib/directory.ts';

// Fetched by the search page only for the first letters of words it could not read otherwise ("Portland OR").
export const getStaticPaths = (async () => {
  const { locations } = await getDirectory();
  return [...cityShards(locations)].map(([letter, cities]) => ({ params: { letter }, props: { cities } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.cities), { headers: { 'Content-Type': 'application/json' } });
