import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export type PreviewServer = { url: string; pid: number | undefined; stop: () => Promise<void> };

/** A TCP port nothing listens on right now, picked by the OS. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts `astro preview` for `distDir` on `port` and resolves once it answers. `--ignore-lock` lets it run beside
 * another preview of the project (Playwright's, a developer's) instead of refusing, and leaves their lock alone.
 */
export async function startPreview(
  root: string,
  distDir: string,
  port: number,
  timeoutMs = 30_000,
): Promise<PreviewServer> {
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', distDir, '--ignore-lock'];
  // process.execPath: the Node 24 running this script, whatever `node` is on PATH.
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, pid: child.pid, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`astro preview did not answer on ${url} within ${timeoutMs / 1000} s:\n${output}`);
}
