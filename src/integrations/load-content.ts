import { writeFileSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';
import type { LoadedDirectory } from '../content-source/load.ts';
import { ContentError, SourceError } from '../content-source/problems.ts';
import { loadPublishedDirectory } from '../lib/published-directory.ts';

/**
 * Loads and validates the published directory before Astro writes any page (astro:build:start), so a content
 * problem stops the build with the full list and nothing written. The pages then read the same load.
 */
export async function loadContentForBuild(logger: AstroIntegrationLogger): Promise<void> {
  let directory: LoadedDirectory;
  try {
    directory = await loadPublishedDirectory();
  } catch (error) {
    if (!(error instanceof ContentError || error instanceof SourceError)) throw error;
    logger.error(error.message);
    handOver(error);
    // A short message for Astro's error output; the full list was just logged. No `cause`: Astro would print
    // the whole list a second time.
    // eslint-disable-next-line preserve-caught-error
    throw new Error(`${error.name}: the directory content could not be loaded (see the list above).`);
  }
  reportExcluded(directory, logger.info.bind(logger));
}

/**
 * Passes the problems to `scripts/build.ts`, which names the file in BUILD_PROBLEMS_FILE, for build-report.json
 * (unset under plain `astro build`).
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
