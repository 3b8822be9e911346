import { evaluate, parse } from 'groq-js';
import type { RawDocument } from './ndjson.ts';

/** Runs a GROQ query with parameters over in-memory documents. */
export type GroqExecutor = (query: string, params?: Record<string, unknown>) => Promise<unknown>;

/**
 * Sanity's own GROQ engine over a list of documents. References resolve through an id map:
 * groq-js would otherwise scan the whole dataset for every `->`.
 */
export function createGroqExecutor(documents: readonly RawDocument[]): GroqExecutor {
  const byId = new Map(documents.map((doc) => [doc._id, doc]));
  return async (query, params = {}) => {
    const tree = parse(query, { params });
    const value = await evaluate(tree, { dataset: documents, params, dereference: ({ _ref }) => byId.get(_ref) });
    return value.get();
  };
}
