/**
 * The draft preview server: builds the site as a server into .preview/ (never dist/), then serves it with
 * drafts laid over published content, read per request, behind a secret.
 *
 *   PREVIEW_SECRET=<long random value> [PORT=4322] [HOST=localhost] [SANITY_STUDIO_URL=…] npm run preview:drafts
 *
 * Every request needs `Authorization: Bearer <secret>` or the cookie that opening `/?secret=<secret>` sets;
 * anything else gets 401 and no content. Every response, static files included, carries production's headers
 * adapted for framing by the Studio (src/preview/headers.ts) and `X-Robots-Tag: noindex`.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type RequestListener } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { previewAccess } from '../src/preview/access.ts';
import { previewHeaders } from '../src/preview/headers.ts';
import { siteHeaders } from './lib/headers-file.ts';

const root = join(import.meta.dirname, '..');
const secret = process.env.PREVIEW_SECRET?.trim();
if (!secret) {
  console.error(
    'PREVIEW_SECRET is not set, so the preview server will not start: it shows unpublished content.\n' +
      'Set PREVIEW_SECRET to a long random value (e.g. `openssl rand -hex 32`) and open /?secret=<that value> once.',
  );
  process.exit(1);
}
const port = Number(process.env.PORT || 4322);
const host = process.env.HOST || 'localhost';

const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DIRECTORY_PREVIEW: 'drafts' },
});
if (build.status !== 0) {
  console.error('The preview server could not be built (see above).');
  process.exit(1);
}

// The adapter's standalone server would start on import: this script serves its handler behind the secret.
process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const entry = pathToFileURL(join(root, '.preview/server/entry.mjs')).href;
const { handler } = (await import(entry)) as { handler: RequestListener };
const headers = previewHeaders(siteHeaders(join(root, 'public/_headers')), process.env.SANITY_STUDIO_URL);

/** Behind a proxy (Render, Fly, a load balancer) TLS ends there: its X-Forwarded-Proto says what the browser used. */
const overHttps = (req: IncomingMessage) =>
  ('encrypted' in req.socket && req.socket.encrypted === true) || req.headers['x-forwarded-proto'] === 'https';

createServer((req, res) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const access = previewAccess(
    {
      url: req.url ?? '/',
      authorization: req.headers.authorization,
      cookie: req.headers.cookie,
      https: overHttps(req),
    },
    secret,
  );
  if (access.kind === 'deny') {
    res.writeHead(401, { 'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': 'Bearer' });
    res.end('This preview needs its secret: open /?secret=<PREVIEW_SECRET> once, or send Authorization: Bearer.\n');
  } else if (access.kind === 'grant') {
    res.writeHead(303, { Location: access.location, 'Set-Cookie': access.setCookie });
    res.end();
  } else handler(req, res);
}).listen(port, host, () => console.log(`Draft preview at http://${host}:${port}/ (open /?secret=… once)`));
