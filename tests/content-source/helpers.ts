import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadDirectory } from '../../src/content-source/load.ts';
import { ContentError, type ContentProblem } from '../../src/content-source/problems.ts';
import { toNdjson } from '../fixtures/dataset.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Writes documents (or raw text) to a temporary NDJSON file and returns its path. */
export function writeDataset(content: readonly unknown[] | string): string {
  const path = join(tempDir('dataset-'), 'dataset.ndjson');
  writeFileSync(path, typeof content === 'string' ? content : toNdjson(content));
  return path;
}

/** Loads a dataset from a file the way the build does. */
export const loadFile = (content: readonly unknown[] | string) =>
  loadDirectory({ env: { DIRECTORY_DATASET: writeDataset(content) } });

/** Loads content that must fail, and returns every problem reported. */
export async function problemsOf(content: readonly unknown[] | string): Promise<readonly ContentProblem[]> {
  const error = await loadFile(content).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the load should have failed with a ContentError').toBeInstanceOf(ContentError);
  return (error as ContentError).problems;
}
