import { loadDirectory, type LoadedDirectory } from '../content-source/load.ts';

const SHARED = Symbol.for('program-directory:published');

/**
 * The published directory, loaded and validated once per process. Kept on globalThis because the build
 * integration (which loads it before any page is written) and the pages' bundle are two copies of this module.
 */
export function loadPublishedDirectory(): Promise<LoadedDirectory> {
  const shared = globalThis as { [SHARED]?: Promise<LoadedDirectory> };
  shared[SHARED] ??= loadDirectory({ remote: { onRetry: (message) => console.warn(`[content] ${message}`) } });
  return shared[SHARED];
}
