import { readFile } from 'node:fs/promises';
import { createGroqExecutor, isDraftOrVersion } from './groq-local.ts';
import { parseNdjson } from './ndjson.ts';
import { ContentError, SourceError } from './problems.ts';
import type { ContentSource } from './source.ts';

/** Reads a Sanity NDJSON export and answers the site's queries with groq-js, as the Content Lake would. */
export async function createLocalSource(path: string): Promise<ContentSource> {
  const description = `the dataset file ${path}`;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new SourceError(
      `Could not read ${description} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
      'Check DIRECTORY_DATASET, or unset it to use the bundled sanity/dataset/directory.ndjson.',
    );
  }
  const { documents, problems } = parseNdjson(bytes);
  if (problems.length > 0) throw new ContentError(description, problems);
  return {
    description,
    fetch: createGroqExecutor(documents, 'published'),
    skippedDrafts: documents.filter(isDraftOrVersion).length,
  };
}
