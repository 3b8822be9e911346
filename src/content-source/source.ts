/** Where content comes from: the Content Lake or a local export, answering the same GROQ. */
export interface ContentSource {
  /** Said in messages: "the dataset file …" or "Sanity project … (dataset …)". */
  description: string;
  fetch(query: string, params?: Record<string, unknown>): Promise<unknown>;
}
