/**
 * Prints the HTTP Observatory grade of the site's headers (public/_headers, or a given _headers file) for its
 * home page as built in dist/ (or --dist), rule by rule as MDN's grader scores them (scripts/lib/observatory.ts).
 *
 *   npm run observatory [-- <_headers file>] [--dist <built site>]
 */
import { parseArgs } from 'node:util';
import { siteHeaders } from './lib/headers-file.ts';
import { builtPage, observatoryGrade } from './lib/observatory.ts';

const { values, positionals } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' } },
  allowPositionals: true,
});
const file = positionals[0] ?? 'public/_headers';
const { score, grade, tests } = observatoryGrade(siteHeaders(file), builtPage(values.dist));
const width = Math.max(...tests.map((t) => t.name.length));
const resultWidth = Math.max(...tests.map((t) => t.result.length));
for (const t of tests)
  console.log(
    `${t.name.padEnd(width)}  ${String(t.modifier).padStart(4)}  ${t.result.padEnd(resultWidth)}  ${t.source}`,
  );
console.log(`${'Score'.padEnd(width)}  ${String(score).padStart(4)}  grade ${grade} (goal A+)`);
