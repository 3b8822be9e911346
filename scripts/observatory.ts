/** Prints the HTTP Observatory score of the headers in public/_headers (or a given _headers file). */
import { siteHeaders } from './lib/headers-file.ts';
import { scoreHeaders } from './lib/observatory.ts';

const file = process.argv[2] ?? 'public/_headers';
const { score, tests } = scoreHeaders(siteHeaders(file));
const width = Math.max(...tests.map((t) => t.name.length));
for (const t of tests) console.log(`${t.name.padEnd(width)}  ${String(t.modifier).padStart(4)}  ${t.result}`);
console.log(`${'Score'.padEnd(width)}  ${String(score).padStart(4)}  (goal ≥ 100)`);
