// Host preflight: `npm run deploy:check -- --host <host> [--dist dist]` measures the built site against the
// host's documented limits, prints a table and exits 1 when a limit is exceeded (2 on a usage error).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { table } from './check/table.ts';
import { distStats } from './deploy/dist-stats.ts';
import { HOST_LIMITS, HOSTS, isOver, limitChecks, type Host, type LimitCheck } from './deploy/host-limits.ts';

const usage = `usage: npm run deploy:check -- --host <${HOSTS.join('|')}> [--dist dist]`;
const { values } = parseArgs({ options: { host: { type: 'string' }, dist: { type: 'string', default: 'dist' } } });
const host = values.host as Host | undefined;
if (!host || !HOSTS.includes(host)) {
  console.error(`deploy:check: ${host ? `unknown host "${host}"` : 'no --host given'}\n${usage}`);
  process.exit(2);
}
const distDir = resolve(values.dist);
if (!existsSync(distDir)) {
  console.error(`deploy:check: ${distDir} does not exist; run \`npm run build\` first`);
  process.exit(2);
}

const limits = HOST_LIMITS[host];
const checks = limitChecks(distStats(distDir), limits);
const show = (c: LimitCheck, n: number | undefined) =>
  n === undefined
    ? 'none documented'
    : c.unit === 'bytes'
      ? `${(n / 1024 / 1024).toFixed(1)} MiB`
      : n.toLocaleString('en-US');

console.log(`deploy:check: ${distDir} for ${limits.name}\n`);
const rows = checks.map((c) => [
  c.check,
  show(c, c.measured),
  show(c, c.limit),
  c.limit === undefined ? '-' : isOver(c) ? 'OVER' : 'ok',
  c.detail ?? '',
]);
console.log(table(['check', 'measured', 'limit', 'result', 'where'], rows, (i) => i === 1 || i === 2).join('\n'));
console.log(`\nlimits from ${limits.source}`);
if (limits.warning) console.warn(`warning: ${limits.warning}`);

const over = checks.filter(isOver);
for (const c of over)
  console.error(
    `deploy:check: over ${limits.name}'s limit on ${c.check}: ${show(c, c.measured)} > ${show(c, c.limit)}`,
  );
process.exitCode = over.length > 0 ? 1 : 0;
