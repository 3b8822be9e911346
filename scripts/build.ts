/**
 * Builds the site without ever leaving a half-built or shrunken directory in place:
 * Astro writes into a fresh folder beside the output, the shrink guard compares it with the last
 * published build, and only then is it swapped in. On any failure the previous output stays as it was.
 *
 *   npm run build [-- --out dist] [--allow-shrink]     (or ALLOW_SHRINK=1)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shrinkProblem, type BuildManifest } from './lib/shrink-guard.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'dist' }, 'allow-shrink': { type: 'boolean', default: false } },
});
const out = resolve(values.out);
const allowShrink = values['allow-shrink'] || process.env.ALLOW_SHRINK === '1';
const next = join(dirname(out), `.${basename(out)}.next-${process.pid}`);
const fail = (message: string): never => {
  rmSync(next, { recursive: true, force: true });
  console.error(
    `\n${message}\n${existsSync(out) ? `The previous build in ${out} is unchanged.` : 'Nothing was published.'}`,
  );
  process.exit(1);
};

const build = spawnSync('astro', ['build', '--outDir', next], { stdio: 'inherit' });
if (build.status !== 0) fail(`The build failed (see above).`);

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'build-manifest.json'), 'utf8')) as BuildManifest;
const previous = existsSync(join(out, 'build-manifest.json')) ? manifest(out) : undefined;
const problem = previous && shrinkProblem(previous, manifest(next));
if (problem && !allowShrink)
  fail(
    `${problem}\nIf this is intended, build again with --allow-shrink (npm run build -- --allow-shrink) or ALLOW_SHRINK=1.`,
  );
if (problem) console.warn(`Allowed: ${problem}`);

// Two renames: the old output is out of the way for an instant only, and never half-replaced.
const old = `${next}-old`;
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
console.log(`Published ${out}: ${JSON.stringify(manifest(out))}`);
