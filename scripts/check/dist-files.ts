import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Lists every `.html` file under `distDir`, as sorted paths relative to it with `/` separators. */
export function listHtmlFiles(distDir: string): string[] {
  return listFiles(distDir)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Lists every file under `distDir`, relative to it with `/` separators. */
export function listFiles(distDir: string): string[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** The URL path a built file is served at: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export function urlPathForFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

export type Resolved =
  | { kind: 'file'; file: string }
  | { kind: 'missing' }
  // `trailingSlash: 'always'`: `/a` only works where the host redirects, so it counts as a broken link.
  | { kind: 'needs-trailing-slash'; file: string };

/** Finds the file in `distDir` that serves URL path `pathname` (already decoded or not), as a static host would. */
export function resolveUrlPath(distDir: string, pathname: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing' };
  }
  const rel = decoded.replace(/^\/+/, '');
  if (decoded.endsWith('/')) {
    const index = `${rel}index.html`;
    return isFile(join(distDir, index)) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (isFile(join(distDir, rel))) return { kind: 'file', file: rel };
  if (isFile(join(distDir, rel, 'index.html'))) return { kind: 'needs-trailing-slash', file: `${rel}/index.html` };
  return { kind: 'missing' };
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
