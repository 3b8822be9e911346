/**
 * Builds the site without ever leaving a half-built or shrunken directory in place:
 * Astro writes the pages (one process per language, side by side: scripts/lib/astro-shards.ts) and exits, their
 * pages are put together in a fresh folder beside the output, Pagefind indexes that folder, the shrink guard
 * compares it with the last published build, and only then is it swapped in. On any failure the previous output
 * stays as it was.
 *
 * Pagefind runs after Astro has exited, so the two never hold memory at the same time (at 19,000 locations
 * they took 1.5 GB and 2.3 GB), and once per language, so that it holds one language's pages at a time. It runs
 * as Pagefind's CLI, which builds the index once; the Node API's `writeFiles` builds it twice.
 *
 * Every run writes build-report.json (or `--report <path>`): ok or not, and each problem with a link that opens
 * its document in the Studio (SANITY_STUDIO_URL, default http://localhost:3333).
 *
 *   npm run build [-- --out dist] [--report build-report.json] [--allow-shrink]     (or ALLOW_SHRINK=1)
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { phaseMark } from '../src/integrations/build-phases.ts';
import {
  DEFAULT_STUDIO_URL,
  formatReportForConsole,
  reportProblem,
  type BuildReport,
  type ReportProblem,
} from './lib/build-report.ts';
import { assembleShards, buildShards, removeShards, shardsFor } from './lib/astro-shards.ts';
import { indexedPages, pagefindRuns } from './lib/pagefind-runs.ts';
import { shrinkProblem, type BuildManifest } from './lib/shrink-guard.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    report: { type: 'string', default: 'build-report.json' },
    'allow-shrink': { type: 'boolean', default: false },
  },
});
const out = resolve(values.out);
const allowShrink = values['allow-shrink'] || process.env.ALLOW_SHRINK === '1';
const next = join(dirname(out), `.${basename(out)}.next-${process.pid}`);
const shards = shardsFor(join(import.meta.dirname, '..'), String(process.pid));
const startedAt = new Date().toISOString();
const studioBase = process.env.SANITY_STUDIO_URL || DEFAULT_STUDIO_URL;
const writeReport = (report: BuildReport) => {
  writeFileSync(resolve(values.report), `${JSON.stringify(report, null, 2)}\n`);
  return report;
};
/** Stops without publishing: the report lists the problems (by default, the message as one without a document). */
const fail = (
  message: string,
  problems: Omit<ReportProblem, 'studioUrl'>[] = [{ field: '', reason: message }],
): never => {
  rmSync(next, { recursive: true, force: true });
  removeShards(shards);
  const report = writeReport({
    ok: false,
    startedAt,
    counts: {},
    problems: problems.map((p) => reportProblem(p, studioBase)),
  });
  console.error(
    `\n${message}\n${existsSync(out) ? `The previous build in ${out} is unchanged.` : 'Nothing was published.'}`,
  );
  if (report.problems.some((p) => p.studioUrl))
    console.error(`Fix each in Sanity Studio:\n${formatReportForConsole(report).join('\n')}`);
  console.error(`Report: ${resolve(values.report)}`);
  process.exit(1);
};
/** The content problems an Astro process handed over, if one found any (each loads the same content). */
const contentProblems = (): ReportProblem[] | undefined => {
  const file = shards.map((shard) => shard.problemsFile).find((f) => existsSync(f));
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as ReportProblem[]) : undefined;
};
const started = performance.now();
const seconds = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;

// Each CLI runs under this Node (24): their `#!/usr/bin/env node` could find an older one on PATH.
const bin = (path: string) => join(import.meta.dirname, '../node_modules', path);
// One Astro process per language, side by side (scripts/lib/astro-shards.ts), then their pages in one folder.
const { failed } = await buildShards(shards, [process.execPath, bin('astro/bin/astro.mjs'), 'build'], process.env);
if (failed) fail(`The ${failed.locale} build failed (see above).`, contentProblems());
try {
  assembleShards(shards, next);
} catch (error) {
  fail((error as Error).message);
}
removeShards(shards);
console.log(`[build] ${phaseMark('astro exited')}: Astro wrote the pages in ${seconds(started)}.`);
// Cloudflare Pages answers a missing page with the nearest 404.html up its path (Netlify reads _redirects): the
// Spanish 404 is also es/404.html, so a missing /es/ page gets it there too.
copyFileSync(join(next, 'es/404/index.html'), join(next, 'es/404.html'));

const indexing = performance.now();
// One run per language (scripts/lib/pagefind-runs.ts): each page's search loads its own language's bundle.
let pages = 0;
for (const { locale, args, entry } of pagefindRuns(next)) {
  const pagefind = spawnSync(process.execPath, [bin('pagefind/lib/runner/bin.cjs'), '--site', next, ...args], {
    stdio: 'inherit',
  });
  const entryFile = join(next, entry);
  if (pagefind.status !== 0 || !existsSync(entryFile))
    fail(`Pagefind could not index the pages in ${locale} (see above).`);
  const indexed = indexedPages(readFileSync(entryFile, 'utf8'));
  if (!indexed) fail(`Pagefind found no pages in ${locale} to index in ${next}.`);
  pages += indexed;
}
console.log(`[build] ${phaseMark('indexed')}: Pagefind indexed ${pages} pages in ${seconds(indexing)}.`);

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'build-manifest.json'), 'utf8')) as BuildManifest;
const previous = existsSync(join(out, 'build-manifest.json')) ? manifest(out) : undefined;
const problem = previous && shrinkProblem(previous, manifest(next));
if (problem && !allowShrink)
  fail(
    `${problem}\nIf this is intended, build again with --allow-shrink (npm run build -- --allow-shrink) or ALLOW_SHRINK=1.`,
    [{ field: '', reason: problem }],
  );
if (problem) console.warn(`Allowed: ${problem}`);

// Two renames: the old output is out of the way for an instant only, and never half-replaced.
const old = `${next}-old`;
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
writeReport({ ok: true, startedAt, counts: { ...manifest(out) }, problems: [] });
console.log(`Published ${out}: ${JSON.stringify(manifest(out))}`);
