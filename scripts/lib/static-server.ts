import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { matches, parseRedirectsFile, type RedirectRule } from './redirects-file.ts';

/** Content types by file extension, for the built site and the built Studio. */
export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
/** Text is gzipped on the fly as static hosts do; Pagefind's own files are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.txt', '.svg']);

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The 404 rules of the site's `_redirects` (`/es/*  /es/404/  404`: a miss under /es/ gets the Spanish 404, as on
 * Netlify). Any other kind of rule is refused, so a test never passes on a server that ignores what a host would do.
 */
function notFoundRules(root: string): RedirectRule[] {
  const file = join(root, '_redirects');
  if (!existsSync(file)) return [];
  const rules = parseRedirectsFile(readFileSync(file, 'utf8'));
  const other = rules.filter((rule) => rule.status !== 404);
  if (other.length > 0)
    throw new Error(`${file}: serveStatic only serves 404 rules, not ${other.map((r) => r.from).join(', ')}`);
  return rules;
}

/**
 * Serves a built site from 127.0.0.1 the way a static host does: directory URLs → index.html; for misses the page
 * of the first matching 404 rule in `_redirects`, else 404.html; gzip for text. `headers` adds response headers to
 * every answer (for header and CSP tests).
 */
export async function serveStatic(root: string, headers: OutgoingHttpHeaders = {}): Promise<StaticServer> {
  const rules = notFoundRules(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root + sep) && path !== root) return void res.writeHead(403).end();
    let file = path.endsWith(sep) ? join(path, 'index.html') : path;
    let status = 200;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) file = join(file, 'index.html');
    else if (!info) {
      const to = rules.find((rule) => matches(rule, url.pathname))?.to;
      [file, status] = [to ? join(root, to, to.endsWith('/') ? 'index.html' : '') : join(root, '404.html'), 404];
    }
    if (!(await stat(file).catch(() => undefined))) return void res.writeHead(404).end('Not found');
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, {
      ...headers,
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      ...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
    });
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
