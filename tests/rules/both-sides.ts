/**
 * The two places a content rule is enforced, as functions of one dataset: the build (NDJSON parse, zod
 * schemas, graph checks) and the Studio (`validateDocument` with the compiled schema, offline, against a
 * local Content Lake stand-in). Both answer in the build's terms: `{ id, field, message }`.
 */
import type { DocumentValidationMarker } from '@sanity/validation';
import { parseNdjson, type RawDocument } from '../../src/content-source/ndjson.ts';
import { ContentError, type ContentProblem } from '../../src/content-source/problems.ts';
import { validateWithStudio } from '../../scripts/lib/studio-validation.ts';
import { loadFile } from '../content-source/helpers.ts';

/** Every problem the build reports for an NDJSON text; none when it loads. */
export async function buildProblems(ndjson: string): Promise<readonly ContentProblem[]> {
  try {
    await loadFile(ndjson);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

/** Every error the Studio shows on the documents of an NDJSON text (warnings pass, as in the Studio). */
export async function studioProblems(ndjson: string): Promise<ContentProblem[]> {
  const { documents } = parseNdjson(ndjson);
  const byId = new Map(documents.map((doc) => [doc._id, doc]));
  return (await validateWithStudio(documents))
    .filter(({ marker }) => marker.level === 'error')
    .map(({ id, marker }) => ({ id, field: fieldOf(byId.get(id)!, marker.path), message: marker.message }));
}

/** A Studio path in the build's form: array items by index (`hours[0].opens`), not by `_key`. */
export function fieldOf(document: RawDocument, path: DocumentValidationMarker['path']): string {
  let node: unknown = document;
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'string') {
      out += out ? `.${segment}` : segment;
      node = (node as Record<string, unknown> | undefined)?.[segment];
      continue;
    }
    const items = Array.isArray(node) ? (node as { _key?: string }[]) : [];
    const index =
      typeof segment === 'number'
        ? segment
        : '_key' in segment
          ? items.findIndex((item) => item?._key === segment._key)
          : Number.NaN;
    out += `[${index}]`;
    node = items[index];
  }
  return out;
}
