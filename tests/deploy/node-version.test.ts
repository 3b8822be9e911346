import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};
const nvmrc = readFileSync('.nvmrc', 'utf8').trim();
const version = (text: string) =>
  text
    .replace(/^[v^~]/, '')
    .split('.')
    .map(Number);

// The deploy workflow reads .nvmrc; local runs use the `node` devDependency. They must name the same Node.
describe('the pinned Node version', () => {
  it('is one version in .nvmrc, engines and the node devDependency', () => {
    expect(nvmrc).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.engines.node).toBe(`^${nvmrc}`);
    expect(pkg.devDependencies.node).toBe(`^${nvmrc}`);
  });

  it('is the Node these tests run on (npm scripts put the project’s node first)', () => {
    const [major, minor] = version(process.version);
    const [pinnedMajor, pinnedMinor] = version(nvmrc);
    expect(major).toBe(pinnedMajor);
    expect(minor).toBeGreaterThanOrEqual(pinnedMinor!);
  });
});
