import { evaluate, parse } from 'groq-js';
import type { RawDocument } from './ndjson.ts';

/** Runs a GROQ query with parameters over in-memory documents. */
export type GroqExecutor = (query: string, params?: Record<string, unknown>) => Promise<unknown>;

/** Drafts and release versions, which the Content Lake's `published` perspective hides. */
export const isDraftOrVersion = (doc: RawDocument) => doc._id.startsWith('drafts.') || doc._id.startsWith('versions.');

/** What a query sees, as the Content Lake's perspectives of the same names. */
export type Perspective = 'published' | 'drafts' | 'raw';

/**
 * Sanity's own GROQ engine over a list of documents, seen through a perspective as the Content Lake would
 * (`published` hides drafts and versions; `drafts` lays each draft over its published document; `raw` shows
 * all). References resolve through an id map: groq-js would otherwise scan the whole dataset for every `->`.
 */
export function createGroqExecutor(
  documents: readonly RawDocument[],
  perspective: Perspective = 'published',
): GroqExecutor {
  const visible =
    perspective === 'raw' ? documents : perspective === 'drafts' ? withDrafts(documents) : published(documents);
  const byId = new Map(visible.map((doc) => [doc._id, doc]));
  return async (query, params = {}) => {
    const tree = parse(query, { params });
    const value = await evaluate(tree, { dataset: visible, params, dereference: ({ _ref }) => byId.get(_ref) });
    return value.get();
  };
}

const published = (documents: readonly RawDocument[]) => documents.filter((doc) => !isDraftOrVersion(doc));

const DRAFT = 'drafts.';

/**
 * The `drafts` perspective: a draft replaces its published document and takes its id, as the Content Lake
 * answers (`_originalId` keeps the draft's); a draft of a never-published document appears the same way.
 */
function withDrafts(documents: readonly RawDocument[]): RawDocument[] {
  const byId = new Map(published(documents).map((doc) => [doc._id, doc]));
  for (const doc of documents)
    if (doc._id.startsWith(DRAFT)) {
      const id = doc._id.slice(DRAFT.length);
      byId.set(id, { ...doc, _id: id, _originalId: doc._id });
    }
  return [...byId.values()];
}
