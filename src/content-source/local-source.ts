import { readFile } from 'node:fs/promises';
import { createGroqExecutor, isDraftOrVersion, type Perspective } from './groq-local.ts';
import { parseNdjson } from './ndjson.ts';
import { ContentError, SourceError } from './problems.ts';
import type { ContentSource } from './source.ts';

const isVersion = (doc: { _id: string }) => doc._id.startsWith('versions.');

/**
 * Reads a Sanity NDJSON export and answers the site's queries with groq-js, as the Content Lake would: published
 * documents only, or (`drafts`, for the preview server) with drafts laid over them.
 */
export async function createLocalSource(
  path: string,
  perspective: Exclude<Perspective, 'raw'> = 'published',
): Promise<ContentSource> {
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
    fetch: createGroqExecutor(documents, perspective),
    skippedDrafts: documents.filter(perspective === 'drafts' ? isVersion : isDraftOrVersion).length,
  };
}
