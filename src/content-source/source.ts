/** Where content comes from: the Content Lake or a local export, answering the same GROQ. */
export interface ContentSource {
  /** Said in messages: "the dataset file …" or "Sanity project … (dataset …)". */
  description: string;
  /** Runs a query in the source's perspective: `published` (drafts and versions invisible) or `drafts`. */
  fetch(query: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Drafts and versions that perspective hides, where the source can count them (a local file). */
  skippedDrafts?: number;
}
