import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLocalContentLake, type LocalContentLake } from '../../scripts/lib/local-content-lake.ts';
import type { BuildReport } from '../../scripts/lib/build-report.ts';
import { shrinkProblem } from '../../scripts/lib/shrink-guard.ts';
import { writeDataset } from '../content-source/helpers.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { tempDir } from '../support/temp-dir.ts';

const ROOT = join(import.meta.dirname, '../..');
const out = join(tempDir('atomic-'), 'dist');
const reportFile = join(tempDir('atomic-report-'), 'build-report.json');

/** Every build's process id: its per-language Astro folders in the project are named after it. */
const builds: number[] = [];

/** `npm run build` (scripts/build.ts) into `out` with the given environment; async so a local lake can answer. */
function publish(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn('node', ['scripts/build.ts', '--out', out, '--report', reportFile, ...args], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    });
    builds.push(child.pid!);
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}
const fromFile = (docs: unknown[]) => ({ DIRECTORY_DATASET: writeDataset(docs) });
/** A fingerprint of the published folder: every file with its size and modification time. */
const snapshot = () =>
  readdirSync(out, { recursive: true })
    .map(String)
    .sort()
    .map((f) => `${f}:${statSync(join(out, f)).size}:${statSync(join(out, f)).mtimeMs}`)
    .join('\n');
const manifest = () => JSON.parse(readFileSync(join(out, 'build-manifest.json'), 'utf8'));
const report = () => JSON.parse(readFileSync(reportFile, 'utf8')) as BuildReport;

/** The mock dataset with `extra` more copies of its first location, to have something to lose. */
function withLocations(extra: number) {
  const docs = createMockDataset() as any[];
  const template = docs.find((d) => d._type === 'location');
  for (let i = 0; i < extra; i++)
    docs.push({
      ...structuredClone(template),
      _id: `location.extra-${i}`,
      slug: { _type: 'slug', current: `extra-${i}` },
    });
  return docs;
}

describe('publishing a build', () => {
  let lake: LocalContentLake | undefined;
  beforeAll(async () => {
    const first = await publish(fromFile(withLocations(4)));
    expect(first.status, first.output).toBe(0);
  }, 120_000);
  afterAll(() => lake?.close());

  test('the first build publishes with a manifest of what it holds, and reports it', () => {
    expect(manifest()).toEqual({ locations: 6, programs: 2, services: 2 });
    expect(report()).toMatchObject({ ok: true, counts: manifest(), problems: [] });
    expect(Date.parse(report().startedAt)).toBeGreaterThan(Date.now() - 600_000);
  });

  test('bad content leaves the previous build exactly as it was', async () => {
    const before = snapshot();
    const docs = withLocations(4);
    docs.find((d) => d._id === 'location.downtown').admissionsPhone.number = '555-0100';
    const result = await publish({ ...fromFile(docs), SANITY_STUDIO_URL: 'https://studio.example.org' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('The previous build in');
    expect(snapshot()).toBe(before);
    // The report names the document, its field and the reason, with a link that opens it in the Studio.
    const link = 'https://studio.example.org/intent/edit/id=location.downtown;type=location';
    expect(report()).toMatchObject({
      ok: false,
      counts: {},
      problems: [{ id: 'location.downtown', type: 'location', field: 'admissionsPhone.number', studioUrl: link }],
    });
    expect(report().problems[0]!.reason).toMatch(/must be in E.164 form/);
    expect(result.output, 'the console prints the same link').toContain(link);
  }, 60_000);

  test('a failed Pagefind step leaves the previous build exactly as it was', async () => {
    const before = snapshot();
    // Pagefind's npm wrapper runs the binary this variable names: one that fails as a crashed indexer would.
    const result = await publish({ ...fromFile(withLocations(4)), PAGEFIND_BINARY_PATH: '/bin/false' });
    expect(result.status).toBe(1);
    expect(result.output).toContain('Pagefind could not index the pages');
    expect(result.output).toContain('The previous build in');
    expect(snapshot()).toBe(before);
  }, 60_000);

  test('a Content Lake outage mid-build leaves the previous build exactly as it was', async () => {
    const before = snapshot();
    lake = await startLocalContentLake({ documents: withLocations(4), intercept: () => ({ status: 503, body: '{}' }) });
    const result = await publish({
      SANITY_PROJECT_ID: 'local',
      SANITY_DATASET: 'production',
      SANITY_API_HOST: lake.url,
    });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/failed with 503 \(server error\)\. Gave up after 4 tries/);
    expect(snapshot()).toBe(before);
    const [outage] = report().problems;
    expect(report().ok).toBe(false);
    expect(outage!.id, 'an outage is a problem of the whole build').toBeUndefined();
    expect(outage!.reason).toMatch(/failed with 503/);
  }, 60_000);

  test('a build that loses half the locations is refused, unless allowed', async () => {
    const before = snapshot();
    const refused = await publish(fromFile(withLocations(0)));
    expect(refused.status).toBe(1);
    expect(refused.output).toContain("fewer than half of the last build's locations (locations 6 → 2)");
    expect(snapshot()).toBe(before);
    expect(report().problems).toEqual([
      { field: '', reason: expect.stringContaining("fewer than half of the last build's locations") },
    ]);

    const allowed = await publish(fromFile(withLocations(0)), '--allow-shrink');
    expect(allowed.status, allowed.output).toBe(0);
    expect(manifest()).toEqual({ locations: 2, programs: 2, services: 2 });
  }, 120_000);

  test('no temporary folder is left beside the output, nor any Astro output of a language in the project', () => {
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
    expect(builds.length).toBeGreaterThan(4);
    const leftovers = readdirSync(ROOT).filter((name) => builds.some((pid) => name.startsWith(`.build-${pid}-`)));
    expect(leftovers).toEqual([]);
  });
});

describe('the shrink guard', () => {
  const base = { locations: 100, programs: 8, services: 40 };
  test.each([
    [{ ...base, locations: 50 }, undefined],
    [{ ...base, locations: 49 }, 'locations 100 → 49'],
    [{ ...base, programs: 3 }, 'programs 8 → 3'],
    [{ ...base, services: 1 }, undefined],
    [{ ...base, locations: 0, programs: 0 }, 'locations 100 → 0, programs 8 → 0'],
  ])('%o', (next, expected) => {
    const problem = shrinkProblem(base, next);
    if (expected) expect(problem).toContain(expected);
    else expect(problem).toBeUndefined();
  });
});
