import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURE, importFixture, ROOT } from './helpers.ts';

/** Runs the command line as `npm run import:samhsa` does (Node's type stripping, no build step). */
function cli(args: string[]) {
  return spawnSync(process.execPath, ['scripts/import-samhsa/cli.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('determinism', () => {
  test('two imports of the same input give the same bytes', () => {
    expect(importFixture().ndjson).toBe(importFixture().ndjson);
  });

  test('the command line writes byte-identical files and prints the summary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-samhsa-'));
    const outputs = ['a.ndjson', 'b.ndjson'].map((name) => {
      const out = join(dir, name);
      const run = cli(['--input', FIXTURE.mh, '--input', FIXTURE.sa, '--geo', FIXTURE.geo, '--out', out]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('locations written    10');
      expect(run.stdout).toContain('skipped rows         3 (no-phone 1, empty-name 1, unparseable-phone 1)');
      expect(run.stdout).toContain('skipped fixture_MH_2022_facilities.csv row 9, phone: "555-667-8999"');
      expect(run.stdout).toContain('no coordinates: location.remote-clinic-salem (ZIP 97309, OR)');
      expect(run.stderr).toContain('import: read 14 rows, 11 usable');
      return readFileSync(out);
    });
    rmSync(dir, { recursive: true, force: true });
    expect(outputs[0]!.equals(outputs[1]!)).toBe(true);
    expect(outputs[0]!.toString('utf8')).toBe(importFixture().ndjson);
  });

  test('--reviewed fixes lastReviewed; bad arguments exit 2 with the usage', () => {
    const { ndjson } = importFixture({ reviewed: '2024-06-30' });
    expect(ndjson).toContain('"lastReviewed":"2024-06-30"');
    expect(ndjson).not.toContain('"lastReviewed":"2022-01-01"');
    const run = cli(['--input', FIXTURE.mh]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--input and --out are required');
  });

  test('an organisation with no listing writes nothing and says why', () => {
    const run = cli(['--input', FIXTURE.mh, '--org', 'Nobody Here', '--out', join(tmpdir(), 'never.ndjson')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no location to import for --org "Nobody Here"');
  });
});
