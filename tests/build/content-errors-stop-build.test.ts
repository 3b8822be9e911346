import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createMockDataset } from '../fixtures/dataset.ts';
import { writeDataset } from '../content-source/helpers.ts';
import { tempDir } from '../support/temp-dir.ts';

/** Runs `astro build` into a fresh folder with the given dataset, as `npm run build` would. */
function build(documents: unknown[]) {
  const outDir = join(tempDir('build-'), 'dist');
  const run = spawnSync('astro', ['build', '--outDir', outDir], {
    env: { ...process.env, DIRECTORY_DATASET: writeDataset(documents), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: run.stdout + run.stderr, outDir };
}

describe('astro build over the content source', () => {
  test('bad content stops the build before dist/ is written, listing every problem once', () => {
    const docs = createMockDataset() as any[];
    docs.find((d) => d._id === 'location.downtown').address.zip = 'ABCDE';
    docs.find((d) => d._id === 'location.eastside').slug.current = 'downtown';
    const { status, output, outDir } = build(docs);

    expect(status, output).not.toBe(0);
    expect(output).toContain('has 2 problems; nothing was built');
    expect(output).toContain('location.downtown › address.zip: must be a US ZIP code');
    expect(output).toContain(
      'location.eastside › slug: "downtown" is already the slug of location "location.downtown"',
    );
    expect(output.split('address.zip').length - 1, 'the list is printed once, not once per collection').toBe(1);
    expect(existsSync(outDir), 'no half-built site').toBe(false);
  });

  test('good content builds the pages', () => {
    const { status, output, outDir } = build(createMockDataset());
    expect(status, output).toBe(0);
    expect(output).toContain('Loaded 2 locations, 2 programs and 2 services');
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
  }, 120_000);
});
