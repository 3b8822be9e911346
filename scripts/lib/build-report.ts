/**
 * build-report.json: what every `npm run build` leaves beside dist/, so an editor (or the deploy job's summary)
 * learns why the live site did not change, with a link to each document to fix in the Studio.
 */

export interface ReportProblem {
  /** The document's `_id`; absent for problems of the whole build (shrink guard, Content Lake outage). */
  id?: string;
  type?: string;
  /** Dotted path of the field; empty for the whole document. */
  field: string;
  reason: string;
  /** Opens the document in the Studio; absent without an id. */
  studioUrl?: string;
}

export interface BuildReport {
  ok: boolean;
  startedAt: string;
  /** Documents published, by kind; empty when the build stopped before counting them. */
  counts: Record<string, number>;
  problems: ReportProblem[];
}

export const DEFAULT_STUDIO_URL = 'http://localhost:3333';

/** The Studio's intent link that opens one document for editing. */
export function studioUrl(id: string, type: string | undefined, base = DEFAULT_STUDIO_URL): string {
  const params = [`id=${encodeURIComponent(id)}`, ...(type ? [`type=${encodeURIComponent(type)}`] : [])];
  return `${base.replace(/\/+$/, '')}/intent/edit/${params.join(';')}`;
}

/** A content problem as the report lists it, with its Studio link when it names a document. */
export function reportProblem(
  problem: { id?: string; type?: string; field?: string; reason: string },
  studioBase: string,
): ReportProblem {
  // Ids in parentheses ("(dataset)", "line 12") name a place in a file, not a document the Studio can open.
  const id = problem.id && !/^\(|^line \d/.test(problem.id) ? problem.id : undefined;
  return {
    ...(problem.id && { id: problem.id }),
    ...(problem.type && { type: problem.type }),
    field: problem.field ?? '',
    reason: problem.reason,
    ...(id && { studioUrl: studioUrl(id, problem.type, studioBase) }),
  };
}

/** The report as lines for a terminal: one problem a line, each followed by its Studio link. */
export function formatReportForConsole(report: BuildReport): string[] {
  return report.problems.flatMap((p) => [
    `  - ${p.id ?? 'build'}${p.field ? ` › ${p.field}` : ''}: ${p.reason}`,
    ...(p.studioUrl ? [`    fix it: ${p.studioUrl}`] : []),
  ]);
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The report as Markdown for a CI job summary: a verdict, then a table of problems with Studio links. */
export function formatReportAsMarkdown(report: BuildReport): string {
  if (report.ok) return `### The site was built\n\n${countsLine(report)}\n`;
  const rows = report.problems.map(
    (p) =>
      `| ${escapeCell(p.id ?? '(whole build)')} | ${escapeCell(p.field)} | ${escapeCell(p.reason)} | ${
        p.studioUrl ? `[open in the Studio](${p.studioUrl})` : ''
      } |`,
  );
  return [
    '### The build was refused: the live site is unchanged',
    '',
    `${report.problems.length === 1 ? '1 problem' : `${report.problems.length} problems`} to fix (build started ${report.startedAt}):`,
    '',
    '| document | field | problem | fix |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

const countsLine = (report: BuildReport) =>
  Object.entries(report.counts)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
