/**
 * The whole 2022 directory (21,213 listings) imports and loads through the site's validation: a correctness
 * test. The import's time and the build of all of it are measured by `npm run bench:scale`, not here.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importSamhsa } from '../../scripts/import-samhsa/import.ts';
import { loadDirectory } from '../../src/content-source/load.ts';
import { requireSharedData, SHARED } from './helpers.ts';

describe('the full directory', () => {
  test('imports and loads', async () => {
    requireSharedData();
    const { ndjson, report } = importSamhsa({ inputs: [SHARED.mh, SHARED.sa], geo: SHARED.geo });

    expect(report.rowsRead).toBe(21_213);
    expect(report.merged).toBe(2_097);
    // 19 rows carry a number no phone can dial (999-999-9999, unassigned area codes, Palau, Micronesia).
    expect(report.skipped).toEqual({ 'unparseable-phone': 19 });
    expect(report.locationsWritten).toBe(21_213 - 19 - 2_097);
    expect(report.programsCreated).toBe(8);
    expect(report.geo.none).toBe(report.geo.withoutCoordinates.length);
    expect(report.geo.none).toBeLessThan(200);

    const dir = mkdtempSync(join(tmpdir(), 'import-samhsa-full-'));
    const file = join(dir, 'directory.ndjson');
    writeFileSync(file, ndjson);
    const directory = await loadDirectory({ env: { DIRECTORY_DATASET: file } }).finally(() =>
      rmSync(dir, { recursive: true, force: true }),
    );
    expect(directory.locations).toHaveLength(report.locationsWritten);
    expect(directory.services).toHaveLength(report.servicesCreated);
    expect(directory.settings.noindex).toBe(true);
  }, 180_000);
});
