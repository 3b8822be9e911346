import type { APIRoute, GetStaticPaths } from 'astro';
import { zipShards } from '../../lib/zip-centroids.ts';

// Served from the site's own origin and fetched only when a visitor enters a ZIP code.
export const getStaticPaths = (() =>
  [...zipShards()].map(([prefix, shard]) => ({ params: { prefix }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props.shard), { headers: { 'Content-Type': 'application/json' } });
