/** One thing wrong with the content, named so an editor can find and fix it. */
export interface ContentProblem {
  /** The document's `_id`, or where it was found when there is no id (e.g. `line 12`). */
  id: string;
  /** Dotted path of the field, e.g. `address.zip` or `programs[2].program`; empty for the whole document. */
  field: string;
  message: string;
}

/**
 * The type of each document the queries returned, by `_id`: `byType` gives each query's documents under the type
 * it selects (the projections need not carry `_type`). For the build report's Studio links.
 */
export function documentTypes(byType: Record<string, readonly unknown[]>): Record<string, string> {
  const types: Record<string, string> = {};
  for (const [type, documents] of Object.entries(byType))
    for (const doc of documents) {
      const id = (doc as { _id?: unknown } | null)?._id;
      if (typeof id === 'string') types[id] = type;
    }
  return types;
}

/** Formats problems one per line, grouped by document, in the order they were found. */
function formatProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `  - ${p.id}${p.field ? ` › ${p.field}` : ''}: ${p.message}`).join('\n');
}

/** The content cannot be published: every problem found, all at once. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  /** The type of each document a problem may name, by `_id` (see documentTypes). */
  readonly documentTypes: Readonly<Record<string, string>>;

  constructor(
    source: string,
    problems: readonly ContentProblem[],
    documentTypes: Readonly<Record<string, string>> = {},
  ) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `The directory content from ${source} has ${count}; nothing was built.\n${formatProblems(problems)}\n` +
        'Fix these in Sanity Studio (or the dataset file) and build again.',
    );
    this.name = 'ContentError';
    this.problems = problems;
    this.documentTypes = documentTypes;
  }
}

/** The content source could not be reached or configured: one line of cause, one of what to do. */
export class SourceError extends Error {
  readonly hint: string;

  constructor(cause: string, hint: string) {
    super(`${cause}\n  What to do: ${hint}`);
    this.name = 'SourceError';
    this.hint = hint;
  }
}
