import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles, urlPathForFile } from './dist-files.ts';
import { parseHtml, type Document } from './html-doc.ts';

/** A built HTML page: where it is, where it is served, and its parsed tree. */
export type Page = {
  /** Relative to the dist folder, `/`-separated. */
  file: string;
  /** URL path it is served at, e.g. `/programs/`. */
  path: string;
  html: string;
  doc: Document;
};

/** Reads and parses every HTML page in `distDir` once, for all checks to share. */
export function loadPages(distDir: string): Page[] {
  return [...eachPage(distDir)];
}

/**
 * The pages of `distDir` (those whose URL path `include` accepts) one at a time, so a check over 20,000 pages
 * never holds all their trees at once.
 */
export function* eachPage(distDir: string, include: (path: string) => boolean = () => true): Generator<Page> {
  for (const file of listHtmlFiles(distDir)) {
    if (!include(urlPathForFile(file))) continue;
    const html = readFileSync(join(distDir, file), 'utf8');
    yield { file, path: urlPathForFile(file), html, doc: parseHtml(html) };
  }
}
