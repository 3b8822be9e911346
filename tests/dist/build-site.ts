import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the site into a fresh temporary folder from the bundled dataset and returns that folder (and a way to remove
 * it), so these tests never depend on (or overwrite) whatever `dist/` holds. `CHECK_DIST_DIR=dist` checks an
 * existing build instead, and leaves it in place.
 */
export function buildSite(): { distDir: string; cleanup: () => void } {
  if (process.env.CHECK_DIST_DIR) return { distDir: resolve(ROOT, process.env.CHECK_DIST_DIR), cleanup: () => {} };
  const tmp = mkdtempSync(join(tmpdir(), 'dist-checks-'));
  const outDir = join(tmp, 'dist');
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  // The default (bundled) dataset: drop anything that would point the build elsewhere.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'DIRECTORY_DATASET' && !key.startsWith('SANITY_')),
  );
  // process.execPath is the Node running Vitest (24), whatever `node` is first on PATH.
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), '--out', outDir], {
    cwd: ROOT,
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (run.status !== 0) {
    cleanup();
    throw new Error(`the build failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return { distDir: outDir, cleanup };
}
