import type { DirectoryIndex } from '../domain/directory-index.ts';
import { stateListings, type StateListing } from '../domain/listings.ts';
import { getDirectory } from './directory.ts';

const listings = new WeakMap<DirectoryIndex, StateListing[]>();

/** The states with their cities and locations, computed once per directory for every listing page and the sitemap. */
export async function getStateListings(): Promise<StateListing[]> {
  const directory = await getDirectory();
  let states = listings.get(directory);
  if (!states) listings.set(directory, (states = stateListings(directory.locationsByState())));
  return states;
}
