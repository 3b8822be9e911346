import type { APIRoute } from 'astro';
import { getDirectory } from '../lib/directory.ts';

/** What this build published, so the next build can refuse to publish a directory that suddenly shrank. */
export const GET: APIRoute = async () => {
  const { locations, programs, services } = await getDirectory();
  const body = { locations: locations.length, programs: programs.length, services: services.length };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
