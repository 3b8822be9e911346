import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLocalContentLake, type LocalContentLake } from '../../scripts/lib/local-content-lake.ts';
import { createMockDataset } from '../fixtures/dataset.ts';
import { tempDir } from '../support/temp-dir.ts';

const TOKEN = 'skFAKEtoken7c1d9e0b2a4f6e8d0c2b4a6f8e0d2c4b6a8f0e2d4c6b8a0f2e4d6';
const outDir = join(tempDir('secrets-'), 'dist');
let lake: LocalContentLake;
let output = '';

describe('a build from a private dataset', () => {
  beforeAll(async () => {
    // A private dataset: the local Content Lake answers only requests that carry the token.
    lake = await startLocalContentLake({ documents: createMockDataset(), token: TOKEN });
    const status = await new Promise<number | null>((resolve) => {
      const child = spawn('astro', ['build', '--outDir', outDir], {
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          SANITY_PROJECT_ID: lake.projectId,
          SANITY_DATASET: lake.dataset,
          SANITY_API_HOST: lake.url,
          SANITY_READ_TOKEN: TOKEN,
          // A public-looking variable must not reach the browser either unless the code asks for it.
          PUBLIC_NOT_ALLOW_LISTED: 'public-value-should-not-ship',
        },
      });
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', resolve);
    });
    expect(status, output).toBe(0);
  }, 120_000);
  afterAll(() => lake.close());

  test('read the content with the token', () => {
    expect(lake.requests.length).toBeGreaterThan(0);
    expect(lake.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  test('the token appears nowhere in the built site, nor in the build log', () => {
    const files = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(outDir, f)).isFile());
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.filter((f) => readFileSync(join(outDir, f)).includes(TOKEN));
    expect(leaks).toEqual([]);
    expect(output).not.toContain(TOKEN);
  });

  test('no environment value reaches client code without being asked for', () => {
    const scripts = readdirSync(join(outDir, '_astro')).filter((f) => f.endsWith('.js'));
    for (const file of scripts) {
      const code = readFileSync(join(outDir, '_astro', file), 'utf8');
      expect(code, file).not.toContain('public-value-should-not-ship');
      expect(code, file).not.toMatch(/SANITY_|DIRECTORY_DATASET/);
    }
  });
});
