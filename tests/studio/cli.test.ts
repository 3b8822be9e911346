import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createStudioDataset, withChange, writeNdjson } from './fixtures.ts';

// These run the real Sanity CLI through the npm scripts, as CI does; schema validation alone takes ~20 s.
const root = fileURLToPath(new URL('../..', import.meta.url));
const CLI_TIMEOUT = 120_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <script> [-- args]` from the repository root and resolves with its exit code and output. */
function npmRun(script: string, args: string[] = []): Promise<Run> {
  const argv = ['run', '--silent', script, ...(args.length > 0 ? ['--', ...args] : [])];
  const env = { ...process.env, SANITY_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
  return new Promise((resolve) => {
    execFile('npm', argv, { cwd: root, env, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The problem lines (`<_id> <path>: <message>`) of a validator run. */
const problemLines = (run: Run) =>
  run.stdout.split('\n').filter((line) => / \S*: /.test(line) && !line.includes(' documents, '));

describe('Sanity CLI', () => {
  test(
    'the schema validates',
    async () => {
      const run = await npmRun('studio:validate');
      expect(run.code, run.stdout + run.stderr).toBe(0);
    },
    CLI_TIMEOUT,
  );

  test(
    'the Studio builds to sanity/dist',
    async () => {
      const run = await npmRun('studio:build');
      expect(run.code, run.stdout + run.stderr).toBe(0);
      const index = fileURLToPath(new URL('../../sanity/dist/index.html', import.meta.url));
      expect(existsSync(index), 'sanity/dist/index.html').toBe(true);
      expect(readFileSync(index, 'utf8')).toContain('<div id="sanity"');
    },
    CLI_TIMEOUT,
  );
});

describe('dataset validator', () => {
  test(
    'passes the bundled dataset',
    async () => {
      const run = await npmRun('dataset:validate');
      // Errors are listed in stdout, so a failure shows them.
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/directory\.ndjson: \d+ documents, 0 errors/);
    },
    CLI_TIMEOUT,
  );

  test(
    'passes a small valid dataset, so the failures below come from the faults alone',
    async () => {
      const run = await npmRun('dataset:validate', [writeNdjson(createStudioDataset())]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(problemLines(run)).toEqual([]);
    },
    CLI_TIMEOUT,
  );

  test(
    'fails on a bad dataset, naming each document and field',
    async () => {
      let docs = createStudioDataset();
      docs = withChange(docs, 'location.downtown', (doc) => {
        doc.admissionsPhone.number = '+1503555'; // too short to be a number
        doc.notOffered[0].item._ref = 'service.cbt'; // also in servicesOffered
        delete doc.hours[0]._key;
      });
      docs = withChange(docs, 'service.detox', (doc) => {
        delete doc.title;
        doc.slug.current = 'cbt'; // the slug of service.cbt
      });
      const run = await npmRun('dataset:validate', [writeNdjson(docs)]);

      expect(run.code, 'a dataset with errors must fail').not.toBe(0);
      expect(problemLines(run)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^location\.downtown admissionsPhone\.number: .*not a valid phone number/),
          expect.stringMatching(
            /^location\.downtown notOffered\[_key=="n1"\]: "CBT" \(service\.cbt\) is also listed under "Programs" or "Services offered"/,
          ),
          'location.downtown hours[0]: Array item has no _key',
          'service.detox title: Required',
          'service.detox slug: Slug is already in use',
          'service.cbt slug: Slug is already in use',
        ]),
      );
      expect(run.stdout).toMatch(/5 documents, 6 errors, 0 warnings/);
    },
    CLI_TIMEOUT,
  );

  test(
    'reports an old review date as a warning without failing',
    async () => {
      const docs = withChange(createStudioDataset(), 'location.downtown', (doc) => {
        doc.lastReviewed = '2020-01-01';
      });
      const run = await npmRun('dataset:validate', [writeNdjson(docs)]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(problemLines(run)).toEqual([
        expect.stringMatching(/^location\.downtown lastReviewed: warning: Last reviewed/),
      ]);
    },
    CLI_TIMEOUT,
  );
});
