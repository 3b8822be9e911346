import { inEveryLanguage, sitePaths } from '../domain/sitemap.ts';
import { getDirectory } from './directory.ts';
import { getStateListings } from './state-listings.ts';

/** Every page of this build in every language, by path: the sitemap's contents (tests/dist checks it against dist/). */
export async function builtSitePaths(): Promise<string[]> {
  const { programs, locations, services, languageAssistance } = await getDirectory();
  const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);
  const states = (await getStateListings()).map((listing) => ({
    state: listing.state,
    cities: listing.byCity ? slugs(listing.cities) : [],
  }));
  return inEveryLanguage(
    sitePaths({
      programs: slugs(programs),
      states,
      locations: slugs(locations),
      services: slugs(services),
      languageAssistance: languageAssistance !== undefined,
    }),
  );
}
