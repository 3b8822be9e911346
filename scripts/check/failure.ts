/** One problem found in the built site, located well enough to fix without searching. */
export type Failure = {
  /** Path relative to the dist folder, e.g. `locations/downtown/index.html`. */
  file: string;
  line?: number;
  column?: number;
  /** A CSS-like path to the element, when the problem belongs to one. */
  selector?: string;
  /** Short machine-friendly name of the check, e.g. `broken-link`. */
  rule: string;
  message: string;
};

/** Formats failures one per line as `file:line:col [rule] message (selector)`, sorted by file and position. */
export function formatFailures(failures: readonly Failure[]): string {
  const sorted = [...failures].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return sorted
    .map((f) => {
      const where = f.line === undefined ? f.file : `${f.file}:${f.line}:${f.column ?? 1}`;
      return `${where} [${f.rule}] ${f.message}${f.selector ? ` (${f.selector})` : ''}`;
    })
    .join('\n');
}

/** Counts failures per rule, for a one-line summary above the full list. */
export function countByRule(failures: readonly Failure[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of failures) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}
