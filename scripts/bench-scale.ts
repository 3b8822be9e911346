/**
 * Scale benchmark: the whole 2022 SAMHSA directory (≈19,100 locations) through the importer and `npm run build`
 * (scripts/build.ts: astro build, then Pagefind, then the swap), against a floor: a bare Astro project rendering
 * one trivial page per page the site rendered (scripts/lib/scale-floor.ts), then the Pagefind CLI.
 *
 *   npm run bench:scale [-- --data <samhsa folder>] [--skip-floor] [--keep] [--json <file>] [--runs N]
 *
 * With --runs N the site and the floor are built N times, alternately, and the fastest run of each is compared:
 * on a shared machine the slowest runs measure the neighbours. Each pair's ratio (site run i against floor run
 * i, built one after the other) is printed too, with their median: their spread is this machine's noise.
 * Peak memory is the highest of any run.
 * Each build runs as a child process; its wall time comes from the moment its log lines arrive, its peak memory
 * from sampling VmRSS of the process and all its descendants (Astro, then Pagefind) every 100 ms. The site's
 * phases are told apart by the `phase: …` lines the build logs itself (src/integrations/build-phases.ts); with
 * one Astro process per language, a phase ends when the last process logs its end.
 *
 * What the floor shares with the site: Astro, Vite and Pagefind (same versions, same CLI, one run per language
 * as scripts/lib/pagefind-runs.ts splits them, one index per `<html lang>`), the build settings that are not
 * project code (`site`, `build.format: 'directory'`, `build.concurrency: 4`, `compressHTML`,
 * `trailingSlash: 'always'`), the pages: one per HTML page of the site's first build, at the same route and in
 * the same language, indexed by Pagefind where the site's page is (so it grows with the site, e.g.
 * with Spanish twins), and a scratch copy with a `node_modules/` of its own (links to the work tree's packages,
 * but its own `.astro/` data store and `.vite/` cache). What still differs, because it is the site's own cost:
 * - content: the site loads the dataset once through its content source (NDJSON parse, GROQ, zod, graph checks)
 *   before any page is written, and its pages read that load; the floor reads the NDJSON in getStaticPaths;
 * - pages: the site's layout, components, Tailwind CSS, JSON-LD and search data (27 kB median page); every
 *   floor page is one location's name, address, phone and service list (3.8 kB), the locations in turn;
 * - endpoints: the site also writes JSON (ZIP and city lookups), the sitemaps and robots.txt; the floor writes
 *   HTML pages only;
 * - processes: the site's build runs one Astro process per language side by side (scripts/lib/astro-shards.ts:
 *   each loads the whole content, renders its language's pages, and the two outputs are put together); the
 *   floor renders in one Astro process, as a bare project does;
 * - the site collects garbage between phases (build-phases integration), writes a build manifest and runs
 *   the shrink guard before the swap; the floor's two commands run one after the other, with nothing between.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { heaviestPage, measureDist, type PageSize } from './check/budget.ts';
import { pagefindRuns } from './lib/pagefind-runs.ts';
import { pairRatios } from './lib/pair-ratios.ts';
import { phaseEnds, type Line } from './lib/phase-ends.ts';
import { linkPackages, sitePages, writeFloorProject, type SitePage } from './lib/scale-floor.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Run through this Node (24): the CLIs' `#!/usr/bin/env node` may find an older one on PATH.
const ASTRO = [path.join(ROOT, 'node_modules/astro/bin/astro.mjs')];
const PAGEFIND = [path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs')];
/** The import took ~3 s at the last measurement; minutes would mean something went quadratic. */
const IMPORT_GOAL_SECONDS = 30;

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(ROOT, '../shared/data/samhsa-2022') },
    'skip-floor': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    runs: { type: 'string', default: '1' },
  },
});

interface Sample {
  t: number;
  /** The whole process tree's resident memory, bytes. */
  rss: number;
  /** CPU seconds (user + sys) the tree has used so far: its live processes' and those they have waited for. */
  cpu: number;
}
interface Run {
  started: number;
  ended: number;
  code: number | null;
  lines: Line[];
  samples: Sample[];
}

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on Linux). */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

/**
 * Resident memory (bytes) and CPU time so far (seconds) of a process and all its descendants (Linux /proc).
 * A process's CPU time counts its own (utime, stime) and its waited-for children's (cutime, cstime), so the
 * sum over the live tree grows as processes end and are waited for, and misses at most one sample's worth.
 */
function treeUsage(root: number): { rss: number; cpu: number } {
  const children = new Map<number, number[]>();
  const stats = new Map<number, string[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name: state, ppid, …; utime..cstime are the 12th–15th of them.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), fields);
      const ppid = Number(fields[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(entry));
      else children.set(ppid, [Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let rss = 0;
  let ticks = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    const fields = stats.get(pid);
    if (fields) for (const i of [11, 12, 13, 14]) ticks += Number(fields[i]);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rss, cpu: ticks / TICKS };
}

/** Runs a command, timestamping each output line and sampling the process tree's memory and CPU time. */
function run(
  command: string,
  argv: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: RegExp },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: options.cwd, env: { ...process.env, ...options.env } });
    const lines: Line[] = [];
    const samples: Sample[] = [];
    const timer = setInterval(() => {
      if (child.pid) samples.push({ t: performance.now(), ...treeUsage(child.pid) });
    }, 100);
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (text) => {
        lines.push({ t: performance.now(), text });
        if (!options.quiet?.test(text)) process.stderr.write(`    ${text}\n`);
      });
    }
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ started, ended: performance.now(), code, lines, samples });
    });
  });
}

/**
 * Flushes files written so far to disk before the next measured step: otherwise the kernel writes back the
 * previous build's 500 MB while the next one runs, and the floor measured 30–59 s on the same machine.
 */
function settle() {
  spawnSync('sync');
}

/** CPU seconds a command's process tree used, as last sampled before it ended. */
const cpuUsed = (r: Run) => r.samples.reduce((max, s) => Math.max(max, s.cpu), 0);
const peak = (r: Run, from: number, to: number) =>
  r.samples.filter((s) => s.t >= from && s.t <= to).reduce((max, s) => Math.max(max, s.rss), 0);

function duSize(folder: string): number {
  let total = 0;
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(folder, name));
    if (stat.isFile()) total += stat.size;
  }
  return total;
}

const countHtml = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.html')).length;

interface Phase {
  name: string;
  seconds: number;
  peakBytes: number;
  /** A wall-time goal, shown beside the time. */
  goal?: number;
}

const fmtS = (s: number) => `${s.toFixed(1)} s`;
const kB = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const fmtB = (b: number) => (b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : `${(b / 1e6).toFixed(0)} MB`);

function check(r: Run, what: string) {
  if (r.code !== 0) {
    console.error(
      r.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n'),
    );
    throw new Error(`${what} exited with ${r.code}`);
  }
}

const work = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
const dataset = path.join(work, 'directory.ndjson');
const quietRoutes = /[├└]─ |▶/;
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1 (got ${args.runs})`);
const total = (phases: Phase[]) => phases.reduce((sum, p) => sum + p.seconds, 0);

interface Built {
  phases: Phase[];
  pages: number;
  distBytes: number;
  /** CPU seconds (user + sys) of every process of the build: what it costs on a machine with any number of cores. */
  cpuSeconds: number;
  /** The heaviest page by gzip size (HTML + CSS + JS), measured on the first run after its timing ended. */
  heaviest?: PageSize | undefined;
}
const results: { import: Phase; site: Built[]; floor: Built[] } = { import: undefined!, site: [], floor: [] };

try {
  const data = (name: string) => path.join(args.data, name);
  // 1. Import every facility of both files.
  console.error('bench: import');
  settle();
  const imported = await run(
    process.execPath,
    [
      'scripts/import-samhsa/cli.ts',
      '--input',
      data('samhsa_national_directory_MH_2022_facilities.csv'),
      '--input',
      data('samhsa_national_directory_SA_2022_facilities.csv'),
      '--geo',
      data('samhsa_mh_2022_facilities_with_osm_latlong.csv'),
      '--out',
      dataset,
    ],
    { cwd: ROOT, quiet: /^\s+(skipped|no coordinates|…)/ },
  );
  check(imported, 'the import');
  results.import = {
    name: 'import',
    seconds: (imported.ended - imported.started) / 1000,
    peakBytes: peak(imported, imported.started, imported.ended),
    goal: IMPORT_GOAL_SECONDS,
  };

  // 2 and 3, alternating when there are several runs, so a slow spell of the machine falls on both.
  const project = copyProject(path.join(work, 'project'));
  for (let i = 1; i <= runs; i++) {
    const last = i === runs;
    console.error(`bench: site build${runs > 1 ? ` (run ${i} of ${runs})` : ''}`);
    const first = i === 1;
    const { built, pages } = await buildSite(project, path.join(work, 'site-dist'), last && args.keep, first);
    results.site.push(built);
    if (args['skip-floor']) continue;
    // The floor renders the pages the site rendered: known once the site has been built.
    if (first) writeFloorProject(ROOT, path.join(work, 'floor'), dataset, pages!);
    console.error(`bench: floor${runs > 1 ? ` (run ${i} of ${runs})` : ''}`);
    results.floor.push(await buildFloor(path.join(work, 'floor'), last && args.keep));
  }
} finally {
  if (!args.keep) rmSync(work, { recursive: true, force: true });
  else console.error(`bench: kept ${work}`);
}

/**
 * 2. The site, with search, as `npm run build` builds it: content load + validation, bundling, page rendering,
 * Astro's exit, Pagefind, the swap. Built from a copy of the project: builds running in the work tree at the same
 * time would share its .astro/ folder.
 */
async function buildSite(
  project: string,
  siteOut: string,
  keep: boolean,
  first: boolean,
): Promise<{ built: Built; pages?: SitePage[] }> {
  rmSync(siteOut, { recursive: true, force: true });
  settle();
  const site = await run(process.execPath, ['scripts/build.ts', '--out', siteOut, '--allow-shrink'], {
    cwd: project,
    env: { DIRECTORY_DATASET: dataset, ASTRO_TELEMETRY_DISABLED: '1' },
    quiet: quietRoutes,
  });
  check(site, 'the site build');
  const ends = phaseEnds(site.lines);
  const steps: [string, number, number][] = [
    ['content load + validation', site.started, ends['content loaded']],
    ['bundling (vite)', ends['content loaded'], ends.bundled],
    ['page rendering', ends.bundled, ends.rendered],
    ['astro exit', ends.rendered, ends['astro exited']],
    ['pagefind (CLI)', ends['astro exited'], ends.indexed],
    ['publish', ends.indexed, site.ended],
  ];
  const phases = steps.map(([name, from, to]) => ({
    name,
    seconds: (to - from) / 1000,
    peakBytes: peak(site, from, to),
  }));
  const built = {
    phases,
    pages: countHtml(siteOut),
    distBytes: duSize(siteOut),
    cpuSeconds: cpuUsed(site),
    // Weighing ~20,000 pages takes minutes: once is enough, and it is outside the timed build.
    heaviest: first ? heaviestPage(measureDist(siteOut)) : undefined,
  };
  const pages = first ? sitePages(siteOut) : undefined;
  if (!keep) rmSync(siteOut, { recursive: true, force: true });
  return { built, pages };
}

/** 3. The floor: a bare Astro project, one trivial page per site page, then the Pagefind CLI. */
async function buildFloor(floor: string, keep: boolean): Promise<Built> {
  const floorOut = path.join(floor, 'dist');
  rmSync(floorOut, { recursive: true, force: true });
  settle();
  const render = await run(process.execPath, [...ASTRO, 'build'], {
    cwd: floor,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
    quiet: quietRoutes,
  });
  check(render, 'the floor build');
  // Indexed as the site is: one Pagefind run per language, one after the other.
  const indexes: Run[] = [];
  for (const { locale, args } of pagefindRuns(floorOut)) {
    indexes.push(await run(process.execPath, [...PAGEFIND, '--site', floorOut, ...args], { cwd: floor }));
    check(indexes.at(-1)!, `the floor's ${locale} index`);
  }
  const built = {
    phases: [
      {
        name: 'astro build (render)',
        seconds: (render.ended - render.started) / 1000,
        peakBytes: peak(render, render.started, render.ended),
      },
      {
        name: 'pagefind',
        seconds: indexes.reduce((sum, index) => sum + (index.ended - index.started) / 1000, 0),
        peakBytes: Math.max(...indexes.map((index) => peak(index, index.started, index.ended))),
      },
    ],
    pages: countHtml(floorOut),
    distBytes: duSize(floorOut),
    cpuSeconds: [render, ...indexes].reduce((sum, r) => sum + cpuUsed(r), 0),
  };
  if (!keep) rmSync(floorOut, { recursive: true, force: true });
  return built;
}

// 4. Report: the fastest run of each (the least disturbed by the rest of the machine), and every run's total.
const maxPeak = (phases: Phase[]) => phases.reduce((max, p) => Math.max(max, p.peakBytes), 0);
const fastest = (built: Built[]) => built.reduce((best, b) => (total(b.phases) < total(best.phases) ? b : best));
const table = (phases: Phase[]) =>
  phases
    .map(
      (p) =>
        `  ${p.name.padEnd(28)} ${fmtS(p.seconds).padStart(9)}   peak ${fmtB(p.peakBytes).padStart(8)}` +
        (p.goal ? `   (goal ≤ ${fmtS(p.goal)})` : ''),
    )
    .join('\n');
const report = (title: string, built: Built[]) => {
  const best = fastest(built);
  console.log(`${title}${built.length > 1 ? `, fastest of ${built.length} runs` : ''}\n${table(best.phases)}`);
  console.log(
    `  ${'total'.padEnd(28)} ${fmtS(total(best.phases)).padStart(9)}   peak ${fmtB(maxPeak(best.phases)).padStart(8)}`,
  );
  if (built.length > 1) console.log(`  every run: ${built.map((b) => fmtS(total(b.phases))).join(', ')}`);
  console.log(`  cpu (user + sys) ${fmtS(best.cpuSeconds)}`);
  console.log(`  pages written ${best.pages.toLocaleString('en-US')}, dist ${fmtB(best.distBytes)}`);
  return best;
};
console.log(`import\n${table([results.import])}`);
const site = report('site (build with search)', results.site);
const heaviest = results.site[0]?.heaviest;
if (heaviest)
  console.log(
    `  heaviest page ${heaviest.path}: ${kB(heaviest.total)} gzip (HTML ${kB(heaviest.html)}), a ${heaviest.type} page`,
  );
if (results.floor.length > 0) {
  const floor = report('floor (bare Astro + Pagefind)', results.floor);
  const ratio = total(site.phases) / total(floor.phases);
  const withImport = (total(site.phases) + results.import.seconds) / total(floor.phases);
  console.log(
    `ratio site build / floor: ${ratio.toFixed(2)} (goal ≤ 1.5; import excluded, ${withImport.toFixed(2)} with it)`,
  );
  // The wall-time ratio counts the site's parallel Astro processes once; the CPU ratio counts all their work.
  console.log(`cpu ratio site / floor: ${(site.cpuSeconds / floor.cpuSeconds).toFixed(2)} (user + sys, fastest runs)`);
  if (results.floor.length > 1) {
    const pairs = pairRatios(
      results.site.map((b) => total(b.phases)),
      results.floor.map((b) => total(b.phases)),
    );
    console.log(
      `ratio per alternating pair: ${pairs.ratios.map((r) => r.toFixed(2)).join(', ')} (median ${pairs.median.toFixed(2)})`,
    );
  }
}
// The highest peak of any run: memory does not get a best-of.
const sitePeak = Math.max(...results.site.map((b) => maxPeak(b.phases)));
// Always in GB, even below 1 GB: tools read this line.
console.log(`peak memory: ${(sitePeak / 1e9).toFixed(2)} GB (goal ≤ 3 GB)`);
if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');

/** The site's sources and build script in `dir`, with the repository's packages. */
function copyProject(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of [
    'src',
    'public',
    'scripts/build.ts',
    'scripts/lib',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ])
    cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  linkPackages(ROOT, dir);
  return dir;
}
