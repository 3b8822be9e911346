import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveUrlPath } from './dist-files.ts';
import { attr, elements, parseHtml } from './html-doc.ts';
import { localPath } from './page-assets.ts';

/** Breadth-first walk over the built files along internal `<a href>` links, as a crawler would over the server. */
export function crawl(distDir: string, start: string): string[] {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    const resolved = resolveUrlPath(distDir, path);
    if (resolved.kind !== 'file' || !resolved.file.endsWith('.html')) continue;
    const doc = parseHtml(readFileSync(join(distDir, resolved.file), 'utf8'));
    for (const el of elements(doc)) {
      const href = el.tagName === 'a' ? attr(el, 'href') : undefined;
      const target = href ? localPath(href, path) : undefined;
      if (!target || seen.has(target)) continue;
      const kind = resolveUrlPath(distDir, target);
      if (kind.kind === 'file' && kind.file.endsWith('.html')) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  return [...seen];
}
