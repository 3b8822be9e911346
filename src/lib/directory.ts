import { getCollection, getEntry } from 'astro:content';
import { createDirectoryIndex, type DirectoryIndex } from '../domain/directory-index.ts';

let index: Promise<DirectoryIndex> | undefined;

/** The directory index, built once per build and shared by every page. */
export function getDirectory(): Promise<DirectoryIndex> {
  index ??= (async () => {
    const settings = await getEntry('settings', 'siteSettings');
    if (!settings) throw new Error('The site settings are missing from the content store.');
    const data = <T>(entries: { data: T }[]) => entries.map((e) => e.data);
    return createDirectoryIndex({
      settings: settings.data,
      programs: data(await getCollection('programs')),
      services: data(await getCollection('services')),
      locations: data(await getCollection('locations')),
    });
  })();
  return index;
}
