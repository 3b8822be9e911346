import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { assembleShards, shardsFor } from '../../scripts/lib/astro-shards.ts';
import { tempDir } from '../support/temp-dir.ts';

const tmp = tempDir('astro-shards-');
afterEach(() => vi.unstubAllEnvs());

function write(folder: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  }
}
const filesIn = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(folder, path), readFileSync(path, 'utf8')];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );

describe('one Astro process per language', () => {
  test("the pages are put together: the English build's files, then the Spanish build's es/ folder", () => {
    const root = mkdtempSync(join(tmp, 'root-'));
    const [en, es] = shardsFor(root, '1');
    // Each process also writes the pages that are not its own (the 404s have no routes to leave out).
    write(en!.out, {
      'index.html': 'home',
      'locations/a/index.html': 'a',
      'sitemap-0.xml': 'sitemap',
      '_astro/site.css': 'css',
      'es/404/index.html': 'es 404 from the English build',
    });
    write(es!.out, {
      'index.html': 'home from the Spanish build',
      '_astro/site.css': 'css',
      'es/index.html': 'inicio',
      'es/locations/a/index.html': 'a (es)',
      'es/404/index.html': 'es 404',
    });
    const into = join(tmp, 'assembled');
    assembleShards([en!, es!], into);
    expect(filesIn(into)).toEqual({
      '_astro/site.css': 'css',
      'es/404/index.html': 'es 404',
      'es/index.html': 'inicio',
      'es/locations/a/index.html': 'a (es)',
      'index.html': 'home',
      'locations/a/index.html': 'a',
      'sitemap-0.xml': 'sitemap',
    });
    expect(readdirSync(root), 'no shard folder is left').toEqual([]);
  });

  test('builds that bundled different assets are refused (a page would load a missing file)', () => {
    const root = mkdtempSync(join(tmp, 'root-'));
    const [en, es] = shardsFor(root, '2');
    write(en!.out, { 'index.html': 'home', '_astro/site.AAAA.css': 'css' });
    write(es!.out, { 'es/index.html': 'inicio', '_astro/site.BBBB.css': 'css' });
    expect(() => assembleShards([en!, es!], join(tmp, 'refused'))).toThrow(
      'The es and en builds bundled different assets (_astro/).',
    );
  });

  test('BUILD_LOCALE chooses the pages an Astro process renders; files of no language go to English', async () => {
    const routesIn = async (locale: string | undefined) => {
      vi.resetModules();
      if (locale) vi.stubEnv('BUILD_LOCALE', locale);
      else vi.stubEnv('BUILD_LOCALE', '');
      const routes = await import('../../src/lib/routes.ts');
      return {
        locales: (await routes.localeRoutes()).map((route) => route.params.locale ?? 'en'),
        zipFiles: (await routes.zipRoutes()).length,
      };
    };
    expect(await routesIn(undefined)).toEqual({ locales: ['en', 'es'], zipFiles: expect.any(Number) });
    const all = await routesIn(undefined);
    expect(all.zipFiles).toBeGreaterThan(100);
    expect(await routesIn('en')).toEqual({ locales: ['en'], zipFiles: all.zipFiles });
    expect(await routesIn('es')).toEqual({ locales: ['es'], zipFiles: 0 });
    await expect(routesIn('fr')).rejects.toThrow('BUILD_LOCALE is "fr"; it must be one of en, es, or unset for all.');
  });
});
