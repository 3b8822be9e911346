import { stateListings, type StateListing } from '../domain/listings.ts';
import { getDirectory } from './directory.ts';

let listings: Promise<StateListing[]> | undefined;

/** The states with their cities and locations, computed once per build for every listing page and the sitemap. */
export function getStateListings(): Promise<StateListing[]> {
  listings ??= getDirectory().then((directory) => stateListings(directory.locationsByState()));
  return listings;
}
