import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tempDir } from '../support/temp-dir.ts';

const WORKFLOW = '.github/workflows/deploy.yml';
const text = readFileSync(WORKFLOW, 'utf8');
const workflow = parse(text) as {
  on: Record<string, any>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  jobs: {
    deploy: {
      env: Record<string, string>;
      steps: { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, string> }[];
    };
  };
};
const steps = workflow.jobs.deploy.steps;
const runs = steps.map((s) => s.run ?? '');
const indexOf = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));

/** Validates a workflow file with @action-validator/cli (offline, GitHub's workflow JSON schema). */
async function validate(file: string) {
  try {
    await promisify(execFile)('node_modules/.bin/action-validator', [file]);
    return 0;
  } catch (error) {
    return (error as { code: number }).code;
  }
}

describe('the deploy workflow', () => {
  it("passes GitHub's workflow schema, and the validator does catch a broken one", async () => {
    expect(await validate(WORKFLOW)).toBe(0);
    const broken = join(tempDir('workflow-'), 'deploy.yml');
    writeFileSync(broken, text.replace('runs-on:', 'runs_on:'));
    expect(await validate(broken)).not.toBe(0);
  });

  it('runs on a Sanity publish, nightly and by hand; a newer run cancels an older one', () => {
    expect(workflow.on.repository_dispatch.types).toEqual(['sanity-publish']);
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.concurrency['cancel-in-progress']).toBe(true);
  });

  it('uses the pinned Node, secrets for Sanity and variables for the URLs', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    const env = workflow.jobs.deploy.env;
    for (const name of ['SANITY_PROJECT_ID', 'SANITY_DATASET', 'SANITY_READ_TOKEN'])
      expect(env[name]).toBe(`\${{ secrets.${name} }}`);
    for (const name of ['SITE_URL', 'SANITY_STUDIO_URL']) expect(env[name]).toBe(`\${{ vars.${name} }}`);
  });

  it('fetches the live manifest, builds, checks the host, then deploys with a pinned CLI, in that order', () => {
    const order = [
      indexOf(/^npm ci\b/),
      indexOf(/build-manifest\.json" -o dist\/build-manifest\.json/),
      indexOf(/^npm run build$/),
      indexOf(/^npm run deploy:check -- --host netlify$/),
      indexOf(/netlify-cli@\d+\.\d+\.\d+ deploy --prod/),
    ];
    expect(
      order.every((i) => i >= 0),
      JSON.stringify(order),
    ).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows the build report in the job summary even when the build is refused (and then deploys nothing)', () => {
    const summary = steps.find((s) => s.run?.includes('build-report-summary.ts'))!;
    expect(summary.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
    expect(summary.if).toContain('always()');
    // The deploy steps have no `if:`, so a failed build skips them.
    expect(steps.filter((s) => /deploy/.test(s.run ?? '')).every((s) => s.if === undefined)).toBe(true);
  });
});
