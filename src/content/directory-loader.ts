import { writeFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { loadDirectory, type LoadedDirectory } from '../content-source/load.ts';
import { ContentError, SourceError } from '../content-source/problems.ts';
import { collectGarbage } from '../lib/collect-garbage.ts';

let pending: Promise<LoadedDirectory> | undefined;
/** Every collection awaits the same failed load: list its problems once, not once per collection. */
const reported = new WeakSet<Error>();
let loaders = 0;
let stored = 0;

/** One load per build, shared by every collection, so the Content Lake is queried once. */
function loadOnce(): Promise<LoadedDirectory> {
  pending ??= loadDirectory({ remote: { onRetry: (message) => console.warn(`[content] ${message}`) } });
  return pending;
}

/** Once every collection holds its entries, the loaded directory is garbage: let it go and collect it now. */
function storedOne() {
  stored += 1;
  if (stored < loaders) return;
  stored = 0;
  pending = undefined;
  collectGarbage();
}

type Pick = (directory: LoadedDirectory) => readonly { _id: string }[];

/**
 * An Astro content loader over the validated directory. Documents are parsed and graph-checked in
 * `loadDirectory`, so entries are stored as they are; a content problem stops the build here, before any
 * page is written.
 */
export function directoryLoader(collection: string, pick: Pick): Loader {
  loaders += 1;
  return {
    name: `directory-${collection}`,
    async load({ store, logger }) {
      let directory: LoadedDirectory;
      try {
        directory = await loadOnce();
      } catch (error) {
        if (error instanceof ContentError || error instanceof SourceError) {
          if (!reported.has(error)) {
            logger.error(error.message);
            handOver(error);
          }
          reported.add(error);
          // A short message for Astro's error overlay; the full list was just logged. No `cause`:
          // Astro would print the whole list a second time.
          // eslint-disable-next-line preserve-caught-error
          throw new Error(`${error.name}: the directory content could not be loaded (see the list above).`);
        }
        throw error;
      }
      store.clear();
      for (const entry of pick(directory)) store.set({ id: entry._id, data: { ...entry } });
      if (collection === 'settings') reportExcluded(directory, logger.info.bind(logger));
      storedOne();
    },
  };
}

/**
 * Passes the problems to `scripts/build.ts`, which names the file in BUILD_PROBLEMS_FILE, for build-report.json
 * (unset under `astro dev` and plain `astro build`).
 */
function handOver(error: ContentError | SourceError) {
  const file = process.env.BUILD_PROBLEMS_FILE;
  if (!file) return;
  const problems =
    error instanceof ContentError
      ? error.problems.map((p) => ({ id: p.id, type: error.documentTypes[p.id], field: p.field, reason: p.message }))
      : [{ field: '', reason: error.message }];
  writeFileSync(file, JSON.stringify(problems));
}

function reportExcluded(directory: LoadedDirectory, info: (message: string) => void) {
  const unknown = Object.entries(directory.excluded.unknownTypes)
    .map(([type, count]) => `${count} ${type}`)
    .join(', ');
  info(
    `Loaded ${directory.locations.length} locations, ${directory.programs.length} programs and ` +
      `${directory.services.length} services from ${directory.source}` +
      (directory.excluded.drafts ? `; left out ${directory.excluded.drafts} drafts` : '') +
      (unknown ? `; ignored documents of unknown types (${unknown})` : '') +
      '.',
  );
}
