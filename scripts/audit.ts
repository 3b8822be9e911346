/**
 * One table of what the hardening checks prove, on the current build (dist/, built if missing):
 * header grade, requests to other origins and CSP violations over every page, bad-content cases passed.
 *
 *   npm run audit
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { sitemapPaths } from './check/sitemap.ts';
import { siteHeaders } from './lib/headers-file.ts';
import { builtPage, observatoryGrade } from './lib/observatory.ts';
import { serveStatic } from './lib/static-server.ts';

const dist = resolve('dist');
if (!existsSync(join(dist, 'sitemap-0.xml'))) {
  console.error('No build in dist/: building…');
  if (spawnSync('node', ['scripts/build.ts'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const headers = siteHeaders(join(dist, '_headers'));
const { score, grade } = observatoryGrade(headers, builtPage(dist));

// Every page in the sitemap, plus the search page with a query, filters and a ZIP code.
const paths = sitemapPaths(dist);
if (!paths) {
  console.error(`${join(dist, 'sitemap-index.xml')} is missing: cannot list the pages to check.`);
  process.exit(1);
}
paths.push('/search/?q=therapy&state=OR&zip=97214&within=100', '/no-such-page/');
const server = await serveStatic(dist, headers);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
let thirdParty = 0;
let violations = 0;
try {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', () => {
      (window as unknown as { cspViolations: number }).cspViolations =
        ((window as unknown as { cspViolations?: number }).cspViolations ?? 0) + 1;
    });
  });
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.origin !== server.url) thirdParty++;
  });
  for (const path of paths) {
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    violations += await page.evaluate(() => (window as unknown as { cspViolations?: number }).cspViolations ?? 0);
  }
} finally {
  await browser.close();
  await server.close();
}

// The bad-content corpus, through Vitest's JSON report.
const report = join(mkdtempSync(join(tmpdir(), 'audit-')), 'corpus.json');
spawnSync('vitest', ['run', 'tests/hardening', '--reporter=json', `--outputFile=${report}`], { stdio: 'ignore' });
const corpus = existsSync(report)
  ? (JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numTotalTests: number })
  : { numPassedTests: 0, numTotalTests: 0 };
rmSync(dirname(report), { recursive: true, force: true });

const rows: [string, string, string][] = [
  ['HTTP Observatory grade (MDN rules)', `${grade} (${score})`, 'A+'],
  ['requests to other origins', String(thirdParty), '0'],
  ['CSP violations', String(violations), '0'],
  ['pages checked', String(paths.length), 'every sitemap URL + search + 404'],
  ['bad-content cases passed', `${corpus.numPassedTests} / ${corpus.numTotalTests}`, '≥ 40, all'],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${'check'.padEnd(width)} | result     | goal`);
console.log(`${'-'.repeat(width)}-|------------|-----`);
for (const [name, value, goal] of rows) console.log(`${name.padEnd(width)} | ${value.padEnd(10)} | ${goal}`);
const ok =
  grade === 'A+' &&
  thirdParty === 0 &&
  violations === 0 &&
  corpus.numTotalTests >= 40 &&
  corpus.numPassedTests === corpus.numTotalTests;
process.exit(ok ? 0 : 1);
