// Size budget for the built site: `node scripts/size-budget.ts [distDir]` (Node 24 runs this TypeScript as is).
// Exits 1 when a page is over budget, 2 when there is nothing to measure.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatBudgetReport, measureDist, overBudget, pagefindBundle } from './check/budget.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
if (!existsSync(distDir)) {
  console.error(`size-budget: ${distDir} does not exist; run \`npm run build\` first`);
  process.exit(2);
}
const sizes = measureDist(distDir);
if (sizes.length === 0) {
  console.error(`size-budget: no HTML pages in ${distDir}`);
  process.exit(2);
}
console.log(formatBudgetReport(sizes, pagefindBundle(distDir)));
process.exitCode = overBudget(sizes).length > 0 ? 1 : 0;
