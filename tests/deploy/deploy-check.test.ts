import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/deploy-check.ts', ...args]);
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
};

/** A made-up dist folder: `files` small pages, plus optional sparse files of the given sizes (no disk used). */
function fakeDist(files: number, sparse: Record<string, number> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-check-'));
  mkdirSync(join(dir, 'locations'));
  for (let i = 0; i < files; i++) writeFileSync(join(dir, 'locations', `${i}.html`), '<p>x</p>');
  for (const [name, bytes] of Object.entries(sparse)) {
    writeFileSync(join(dir, name), '');
    truncateSync(join(dir, name), bytes);
  }
  return dir;
}

describe('deploy:check', () => {
  const dirs: string[] = [];
  const dist = (...args: Parameters<typeof fakeDist>) => {
    const dir = fakeDist(...args);
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('passes a small site on every host, with a table of what it measured', async () => {
    const dir = dist(3);
    for (const host of ['netlify', 'cloudflare-pages-free', 'cloudflare-pages-paid', 'github-pages']) {
      const { code, out } = await run('--host', host, '--dist', dir);
      expect(code, out).toBe(0);
      expect(out).toMatch(/^files\s+3\s/m);
    }
  });

  it("refuses more files than Cloudflare's free plan takes, naming the limit, and passes the paid plan", async () => {
    const dir = dist(20_001);
    const free = await run('--host', 'cloudflare-pages-free', '--dist', dir);
    expect(free.code).toBe(1);
    expect(free.out).toContain("over Cloudflare Pages (free plan)'s limit on files: 20,001 > 20,000");
    expect((await run('--host', 'cloudflare-pages-paid', '--dist', dir)).code).toBe(0);
  });

  it('refuses a file over 25 MiB on Cloudflare and a site over 1 GB on GitHub Pages', async () => {
    const dir = dist(1, { 'big.json': 26 * 1024 * 1024, 'huge.bin': 1_100_000_000 });
    const cloudflare = await run('--host', 'cloudflare-pages-paid', '--dist', dir);
    expect(cloudflare.code).toBe(1);
    expect(cloudflare.out).toMatch(/limit on largest file: .* > 25\.0 MiB/);
    const github = await run('--host', 'github-pages', '--dist', dir);
    expect(github.code).toBe(1);
    expect(github.out).toContain('limit on total size');
  });

  it('warns that GitHub Pages ignores _headers, and names unknown hosts', async () => {
    const { out } = await run('--host', 'github-pages', '--dist', dist(1));
    expect(out).toContain('ignores public/_headers');
    const unknown = await run('--host', 'vercel', '--dist', dist(1));
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('unknown host "vercel"');
  });
});
