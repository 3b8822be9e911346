import { AsyncLocalStorage } from 'node:async_hooks';
import { createDirectoryIndex, type DirectoryIndex } from '../domain/directory-index.ts';
import { loadPublishedDirectory } from './published-directory.ts';

const perRequest = new AsyncLocalStorage<Promise<DirectoryIndex>>();
let published: Promise<DirectoryIndex> | undefined;

/**
 * The directory index every page reads: in the static build and `astro dev`, the published directory, loaded
 * once per process; in the draft preview server, the one its middleware loaded for this request.
 */
export function getDirectory(): Promise<DirectoryIndex> {
  return perRequest.getStore() ?? (published ??= loadPublishedDirectory().then(createDirectoryIndex));
}

/** Runs `render` (a request of the preview server) with `directory` as what getDirectory() returns. */
export function withDirectory<T>(directory: Promise<DirectoryIndex>, render: () => T): T {
  return perRequest.run(directory, render);
}
