import type { z } from 'zod';
import type { ContentProblem } from '../content-source/problems.ts';
import { REQUIRED, typeProblem } from '../domain/content-rules.ts';

/** Dotted field path as editors read it: `programs[2].formats`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** A zod issue in plain words: a missing required field says so instead of "expected type String, got null". */
function describe(issue: z.core.$ZodIssue, input: unknown): string {
  const value = issue.path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );
  // Custom rules keep their own words: "needs a phone number or a URL" says more than "phone is required".
  if ((value === null || value === undefined) && issue.code !== 'custom') return REQUIRED;
  if (issue.code === 'invalid_type') return typeProblem(issue.expected, value);
  if (issue.code === 'invalid_value' && 'values' in issue)
    return `is "${String(value)}", must be one of: ${issue.values.join(', ')}`;
  return issue.message;
}

/**
 * Parses every item of a query result; returns the parsed items and one problem per failed field.
 * The id comes from the raw item so a document that fails entirely is still named.
 */
export function parseEach<S extends z.ZodType>(
  schema: S,
  items: readonly unknown[],
): { items: z.output<S>[]; problems: ContentProblem[] } {
  const parsed: z.output<S>[] = [];
  const problems: ContentProblem[] = [];
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) {
      parsed.push(result.data);
      continue;
    }
    const id = String((item as { _id?: unknown })?._id ?? '(document without _id)');
    for (const issue of result.error.issues)
      problems.push({ id, field: fieldPath(issue.path), message: describe(issue, item) });
  }
  return { items: parsed, problems };
}
