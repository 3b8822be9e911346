import { sitePaths } from '../domain/sitemap.ts';
import { getDirectory } from './directory.ts';

/** Every page of this build, by path: the sitemap's contents (tests/dist checks it against dist/). */
export async function builtSitePaths(): Promise<string[]> {
  const { programs, locations, services } = await getDirectory();
  const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);
  return sitePaths({ programs: slugs(programs), locations: slugs(locations), services: slugs(services) });
}
