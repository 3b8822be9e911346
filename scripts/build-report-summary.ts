// Prints build-report.json as Markdown, for a CI job summary:
//   node scripts/build-report-summary.ts [--report build-report.json] >> "$GITHUB_STEP_SUMMARY"
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReportAsMarkdown, type BuildReport } from './lib/build-report.ts';

const { values } = parseArgs({ options: { report: { type: 'string', default: 'build-report.json' } } });
if (!existsSync(values.report)) {
  console.log(`### The build stopped before writing ${values.report}\n\nSee the job log for the cause.\n`);
} else {
  console.log(formatReportAsMarkdown(JSON.parse(readFileSync(values.report, 'utf8')) as BuildReport));
}
