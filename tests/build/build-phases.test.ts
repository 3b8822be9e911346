import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, test } from 'vitest';
import { phaseEnds, type Line } from '../../scripts/lib/phase-ends.ts';
import { BUILD_PHASES } from '../../src/integrations/build-phases.ts';
import { writeDataset } from '../content-source/helpers.ts';
import { createMockDataset } from '../fixtures/dataset.ts';

/** `npm run build` with `env`, each output line timestamped as the scale benchmark reads it. */
function buildLines(env: Record<string, string>) {
  const tmp = mkdtempSync(join(tmpdir(), 'build-phases-'));
  return new Promise<{ status: number | null; lines: Line[] }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--out', join(tmp, 'dist')], {
      env: {
        ...process.env,
        DIRECTORY_DATASET: writeDataset(createMockDataset()),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
    });
    const lines: Line[] = [];
    for (const stream of [child.stdout, child.stderr])
      createInterface({ input: stream }).on('line', (text) => lines.push({ t: performance.now(), text }));
    child.on('close', (status) => {
      rmSync(tmp, { recursive: true, force: true });
      resolve({ status, lines });
    });
  });
}

describe('the build phases the scale benchmark times', () => {
  test('are read in order from a build run with CI=true, where Astro colours its log', async () => {
    const { status, lines } = await buildLines({ CI: 'true' });
    const text = lines.map((l) => l.text).join('\n');
    expect(status, text).toBe(0);
    expect(text, 'Astro colours its log under CI').toContain('\u001b[');
    const ends = phaseEnds(lines);
    const times = BUILD_PHASES.map((phase) => ends[phase]);
    expect(
      times.every((t, i) => i === 0 || t >= times[i - 1]!),
      JSON.stringify(ends),
    ).toBe(true);
    expect(
      lines.findIndex((l) => l.text.startsWith('Published')),
      'the swap comes after Pagefind',
    ).toBeGreaterThan(lines.findIndex((l) => l.t === ends.indexed));
  }, 120_000);

  test('a missing or out-of-order phase line is named', () => {
    const line = (t: number, text: string) => ({ t, text });
    expect(() => phaseEnds([line(1, 'phase: content loaded'), line(2, 'phase: rendered')])).toThrow(
      'the build logged no end of: bundled, astro exited, indexed',
    );
    expect(() =>
      phaseEnds([
        line(1, 'phase: bundled'),
        line(2, 'phase: content loaded'),
        line(3, 'phase: rendered'),
        line(4, 'phase: astro exited'),
        line(5, 'phase: indexed'),
      ]),
    ).toThrow('the build logged no end of: bundled');
  });
});
