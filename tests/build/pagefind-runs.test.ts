import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexedPages, pagefindRuns } from '../../scripts/lib/pagefind-runs.ts';

const PAGEFIND = resolve(import.meta.dirname, '../../node_modules/pagefind/lib/runner/bin.cjs');

/** A built site in miniature: English at the root, Spanish under es/, assets and files Pagefind must skip. */
const SITE: Record<string, string> = {
  'index.html': page('en', 'Home detox'),
  '404.html': page('en', 'Not found', false),
  'programs/detox/index.html': page('en', 'Detox program'),
  'locations/hawthorne/index.html': page('en', 'Hawthorne detox'),
  'es/index.html': page('es', 'Inicio desintoxicación'),
  'es/404/index.html': page('es', 'No encontrada', false),
  'es/404.html': page('es', 'No encontrada', false),
  'es/programs/detox/index.html': page('es', 'Programa de desintoxicación'),
  '_astro/search.js': 'export {}',
  'robots.txt': 'User-agent: *',
};

function page(lang: string, text: string, indexed = true) {
  return `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><main${
    indexed ? ' data-pagefind-body' : ''
  }><h1>${text}</h1></main></body></html>`;
}

let site: string;
beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), 'pagefind-runs-'));
  for (const [file, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    writeFileSync(join(site, file), text);
  }
  for (const { args } of pagefindRuns(site)) {
    const run = spawnSync(process.execPath, [PAGEFIND, '--site', site, ...args], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }
}, 60_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** The page URLs a bundle's fragments point to (each fragment: gzip of a signature, then JSON). */
const fragmentUrls = (bundle: string) =>
  readdirSync(join(site, bundle, 'fragment'))
    .map((name) => gunzipSync(readFileSync(join(site, bundle, 'fragment', name))).toString())
    .map((text) => (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url)
    .sort();

describe('one Pagefind run per language', () => {
  test('English pages go into /pagefind/, Spanish pages into /es/pagefind/, each with its own pages only', () => {
    const runs = pagefindRuns(site);
    expect(runs.map((r) => [r.locale, r.entry])).toEqual([
      ['en', 'pagefind/pagefind-entry.json'],
      ['es', 'es/pagefind/pagefind-entry.json'],
    ]);
    const entry = (file: string) => JSON.parse(readFileSync(join(site, file), 'utf8')) as { languages: object };
    expect(Object.keys(entry('pagefind/pagefind-entry.json').languages)).toEqual(['en']);
    expect(Object.keys(entry('es/pagefind/pagefind-entry.json').languages)).toEqual(['es']);
    expect(fragmentUrls('pagefind')).toEqual(['/', '/locations/hawthorne/', '/programs/detox/']);
    expect(fragmentUrls('es/pagefind')).toEqual(['/es/', '/es/programs/detox/']);
    expect(indexedPages(readFileSync(join(site, 'pagefind/pagefind-entry.json'), 'utf8'))).toBe(3);
  });

  test("the English glob names the site's top-level entries, never the other languages' or a bundle", () => {
    const [english] = pagefindRuns(site);
    const glob = english!.args[english!.args.indexOf('--glob') + 1]!;
    expect(glob.slice(1, -1).split(',').sort()).toEqual([
      '404.html',
      '_astro/**/*.html',
      'index.html',
      'locations/**/*.html',
      'programs/**/*.html',
    ]);
  });

  test('a top-level name with a glob character is refused, not silently mis-indexed', () => {
    const odd = mkdtempSync(join(tmpdir(), 'pagefind-runs-odd-'));
    try {
      mkdirSync(join(odd, 'a{b}'));
      expect(() => pagefindRuns(odd)).toThrow(/glob character: a\{b\}/);
    } finally {
      rmSync(odd, { recursive: true, force: true });
    }
  });
});
