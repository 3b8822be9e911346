/**
 * npm run import:samhsa -- --input <csv> [--input <csv> …] [--org "<name>"] [--state XX] [--geo <latlong csv>]
 *                          [--reviewed YYYY-MM-DD] [--report-email <email>] [--report <file.json>] --out <file.ndjson>
 *
 * Writes a Sanity NDJSON dataset (see README.md beside this file), prints progress to stderr and a summary
 * to stdout. Exit codes: 0 written, 1 bad input or nothing to write, 2 bad arguments.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importSamhsa, type ImportReport } from './import.ts';

const USAGE =
  'usage: npm run import:samhsa -- --input <csv> [--input <csv> …] [--org "<name>"] [--state XX] [--geo <latlong csv>] [--reviewed YYYY-MM-DD] [--report-email <email>] [--report <file.json>] --out <file.ndjson>';

/** Runs the command line; returns the exit code. */
export function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', multiple: true },
        org: { type: 'string' },
        state: { type: 'string' },
        geo: { type: 'string' },
        reviewed: { type: 'string' },
        'report-email': { type: 'string' },
        report: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.input?.length || !values.out) {
    console.error(`--input and --out are required\n${USAGE}`);
    return 2;
  }
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  const resolve = (file: string) => path.resolve(base, file);

  const started = performance.now();
  try {
    const { ndjson, report } = importSamhsa({
      inputs: values.input.map(resolve),
      org: values.org,
      state: values.state,
      geo: values.geo && resolve(values.geo),
      reviewed: values.reviewed,
      reportEmail: values['report-email'],
      onProgress: (message) => console.error(`import: ${message}`),
    });
    writeFileSync(resolve(values.out), ndjson);
    const seconds = (performance.now() - started) / 1000;
    if (values.report) writeFileSync(resolve(values.report), JSON.stringify({ ...report, seconds }, null, 2) + '\n');
    console.log(summary(report, seconds, resolve(values.out)));
    return 0;
  } catch (error) {
    console.error(`import:samhsa: ${(error as Error).message}`);
    return 1;
  }
}

/** The closing summary, for people. */
export function summary(report: ImportReport, seconds: number, out: string): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const skipped = Object.entries(report.skipped)
    .map(([reason, count]) => `${reason} ${n(count)}`)
    .join(', ');
  const lines = [
    `Imported ${report.organizationName} → ${out}`,
    `  rows read            ${n(report.rowsRead)}${report.rowsSelected !== report.rowsRead ? ` (${n(report.rowsSelected)} selected by --org/--state)` : ''}`,
    `  locations written    ${n(report.locationsWritten)}`,
    `  merged (MH + SA)     ${n(report.merged)}`,
    `  skipped rows         ${n(Object.values(report.skipped).reduce((a, b) => a + b, 0))}${skipped ? ` (${skipped})` : ''}`,
    `  services created     ${n(report.servicesCreated)}`,
    `  programs created     ${n(report.programsCreated)}`,
    `  coordinates          ${n(report.locationsWritten - report.geo.none)} (${n(report.geo.none)} without: flagged)`,
    `  seconds              ${seconds.toFixed(2)}`,
  ];
  if (report.sameFileDuplicates > 0)
    lines.push(
      `  note: ${n(report.sameFileDuplicates)} rows repeat another row's name and address in the same file; kept apart`,
    );
  for (const p of report.badRows.slice(0, 20))
    lines.push(`  skipped ${path.basename(p.file)} row ${p.row}, ${p.column}: ${p.message}`);
  if (report.badRows.length > 20) lines.push(`  … ${n(report.badRows.length - 20)} more problems (see --report)`);
  for (const g of report.geo.withoutCoordinates.slice(0, 10))
    lines.push(`  no coordinates: ${g.id} (ZIP ${g.zip}, ${g.state})`);
  if (report.geo.withoutCoordinates.length > 10)
    lines.push(`  … ${n(report.geo.withoutCoordinates.length - 10)} more without coordinates (see --report)`);
  const unknown = Object.keys(report.unknownCodes);
  if (unknown.length > 0) lines.push(`  codes not in the legend (ignored): ${unknown.sort().join(' ')}`);
  return lines.join('\n');
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
