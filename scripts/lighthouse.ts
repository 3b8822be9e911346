// Lighthouse report for the built site: `node scripts/lighthouse.ts [distDir]` (npm run lighthouse).
// Mobile form factor, four categories, on home, one program, one location and search, in English and in Spanish
// (/es/). A report, not a test: it exits 0 whatever the scores, and 1 only when it cannot build, serve or run it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crawl } from './check/crawl.ts';
import {
  formatLighthouseTable,
  LIGHTHOUSE_CATEGORIES,
  pickLighthousePages,
  summarizeResult,
  type LighthouseResult,
  type PageScores,
} from './check/lighthouse-report.ts';
import { freePort, startPreview, type PreviewServer } from './check/preview-server.ts';
import { sitemapPaths } from './check/sitemap.ts';

const ROOT = resolve(import.meta.dirname, '..');
const distDir = resolve(process.argv[2] ?? join(ROOT, 'dist'));
const CHROME_PATH = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Same flags as the Playwright config: no sandbox (we run as root), and no background traffic off this machine.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');

/** Runs the Lighthouse CLI on one URL and returns its parsed result, writing JSON and HTML reports to `outBase`. */
function runLighthouse(url: string, outBase: string): Promise<LighthouseResult> {
  const args = [
    join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--quiet',
    '--form-factor=mobile',
    `--only-categories=${LIGHTHOUSE_CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    '--output=json',
    '--output=html',
    `--output-path=${outBase}`,
  ];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => {
      const json = `${outBase}.report.json`;
      if (code === 0 && existsSync(json)) resolvePromise(JSON.parse(readFileSync(json, 'utf8')) as LighthouseResult);
      else reject(new Error(`lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-5).join('\n')}`));
    });
  });
}

/** Builds the site with its search index into `distDir` (`npm run build -- --out`) when it has no index.html yet. */
function buildIfMissing(): void {
  if (existsSync(join(distDir, 'index.html'))) return;
  console.log(`lighthouse: ${distDir} has no build; building it`);
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', distDir], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`the build failed with ${run.status}`);
}

async function main(): Promise<number> {
  if (!existsSync(CHROME_PATH)) throw new Error(`no Chromium at ${CHROME_PATH} (set CHROME_PATH)`);
  buildIfMissing();
  const pages = pickLighthousePages(sitemapPaths(distDir) ?? crawl(distDir, '/'));
  const reportDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  let server: PreviewServer | undefined;
  const results: PageScores[] = [];
  try {
    server = await startPreview(ROOT, distDir, await freePort());
    console.log(`lighthouse: serving ${distDir} at ${server.url}; reports in ${reportDir}`);
    for (const page of pages) {
      const started = Date.now();
      try {
        const lhr = await runLighthouse(server.url + page.path, join(reportDir, page.label));
        results.push(summarizeResult(page.label, page.path, lhr));
      } catch (error) {
        results.push({ ...page, scores: {}, failing: {}, warnings: [], error: (error as Error).message });
      }
      console.log(`lighthouse: ${page.path} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await server?.stop();
  }
  console.log(`\nLighthouse ${lighthouseVersion()} (mobile, simulated throttling), scores 0-100:\n`);
  console.log(formatLighthouseTable(results));
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];
  if (warnings.length > 0) console.log(`\nWarnings:\n${warnings.map((w) => `- ${w}`).join('\n')}`);
  // Scores are for reading, not for failing; a page Lighthouse could not run on is a failure to report.
  return results.some((r) => r.error) ? 1 : 0;
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`lighthouse: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
