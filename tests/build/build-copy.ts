import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds a copy of the project (in `folder`) from `dataset` into `outDir`. */
export function buildCopy(folder: string, outDir: string, dataset: string) {
  return spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: copyProject(folder),
    env: { ...process.env, DIRECTORY_DATASET: dataset, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 240_000,
  });
}

/**
 * The site's sources in a folder of their own (node_modules shared): other test files build the work tree
 * at the same time, and two builds in one folder share, and clobber, its .astro/ cache.
 */
function copyProject(folder: string): string {
  mkdirSync(folder, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    cpSync(join(ROOT, name), join(folder, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'));
  return folder;
}
