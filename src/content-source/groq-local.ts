import { evaluate, parse } from 'groq-js';
import type { RawDocument } from './ndjson.ts';

/** Runs a GROQ query with parameters over in-memory documents. */
export type GroqExecutor = (query: string, params?: Record<string, unknown>) => Promise<unknown>;

/** Drafts and release versions, which the Content Lake's `published` perspective hides. */
export const isDraftOrVersion = (doc: RawDocument) => doc._id.startsWith('drafts.') || doc._id.startsWith('versions.');

/**
 * Sanity's own GROQ engine over a list of documents, seen through a perspective as the Content Lake would
 * (`published` hides drafts and versions; `raw` shows all). References resolve through an id map:
 * groq-js would otherwise scan the whole dataset for every `->`.
 */
export function createGroqExecutor(
  documents: readonly RawDocument[],
  perspective: 'published' | 'raw' = 'published',
): GroqExecutor {
  const visible = perspective === 'raw' ? documents : documents.filter((doc) => !isDraftOrVersion(doc));
  const byId = new Map(visible.map((doc) => [doc._id, doc]));
  return async (query, params = {}) => {
    const tree = parse(query, { params });
    const value = await evaluate(tree, { dataset: visible, params, dereference: ({ _ref }) => byId.get(_ref) });
    return value.get();
  };
}
