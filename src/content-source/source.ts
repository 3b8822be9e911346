/** Where content comes from: the Content Lake or a local export, answering the same GROQ. */
export interface ContentSource {
  /** Said in messages: "the dataset file …" or "Sanity project … (dataset …)". */
  description: string;
  /** Runs a query in the `published` perspective: drafts and versions are invisible. */
  fetch(query: string, params?: Record<string, unknown>): Promise<unknown>;
  /** Drafts and versions hidden by that perspective, where the source can count them (a local file). */
  skippedDrafts?: number;
}
