/**
 * One local server for the Studio in a browser: the built Studio at `https://localhost:PORT/`, and Sanity's API,
 * which the Studio reaches at `https://<projectId>.localhost:PORT` (its `apiHost`, set at build time), answered
 * from a {@link ContentLakeStore}. It speaks the Content Lake's wire format: query, doc, mutate, actions, and
 * `/data/listen` as a server-sent event stream that stays open to push each transaction's mutation events,
 * which `page.route` cannot do. Paths it has no answer for get a 404; unknown ones are recorded in `unanswered`.
 *
 * HTTP/2 (so TLS, with a throwaway self-signed certificate), as Sanity's API: the Studio keeps six or more
 * listen streams open, and over HTTP/1.1 Chromium's six connections per host would leave every later request
 * queued behind them.
 */
import { stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse, type Http2Session } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_TYPES } from '../../../scripts/lib/static-server.ts';
import type { RawDocument } from '../../../src/content-source/ndjson.ts';
import { ContentLakeError, ContentLakeStore, type MutationEvent } from './content-lake-store.ts';

export interface StudioServerOptions {
  port: number;
  /** The built Studio (`sanity build` output). */
  studioDir: string;
  documents: readonly RawDocument[];
  projectId: string;
  dataset: string;
}

export interface StudioServer {
  store: ContentLakeStore;
  /** API requests that got a 404 the Studio is not known to do without (method and path, no version prefix). */
  unanswered: string[];
  close(): Promise<void>;
}

const USER = {
  id: 'p-offline-editor',
  name: 'Offline Editor',
  email: 'editor@example.org',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
  provider: 'sanity',
};
const PERMISSIONS = ['read', 'create', 'update', 'history', 'editHistory'];

/** Paths the Studio asks for that a 404 answers harmlessly (as seen, and in ../shared/notes/studio-offline.md). */
const HARMLESS_404 = [
  /^\/journey\//,
  /^\/users\/me\/keyvalue/,
  /^\/help/,
  /^\/ping/,
  /^\/schedules\//,
  /^\/projects\/[^/]+\/user-applications/,
  /^\/projects\/[^/]+\/datasets$/,
  /^\/data\/history\//,
  /^\/data\/ping\//,
  // Telemetry batches.
  /^\/intake\//,
  /^\/socket\//,
];

export async function startStudioServer(options: StudioServerOptions): Promise<StudioServer> {
  const store = new ContentLakeStore(options.documents);
  const unanswered: string[] = [];
  const streams = new Set<Http2ServerResponse>();
  const sessions = new Set<Http2Session>();

  const server = createSecureServer({ ...selfSignedCertificate(), allowHTTP1: true }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const api = /^\/v(?:\d+|\d{4}-\d{2}-\d{2}|X)(\/.*)$/.exec(url.pathname);
    const answer = api ? handleApi(req, res, api[1]!, url) : serveStudio(res, url);
    answer.catch((error: unknown) => {
      const status = error instanceof ContentLakeError ? error.status : 500;
      if (!res.headersSent) json(req, res, status, { error: { description: String((error as Error).message) } });
    });
  });

  async function handleApi(req: Http2ServerRequest, res: Http2ServerResponse, path: string, url: URL): Promise<void> {
    if (req.method === 'OPTIONS') return preflight(req, res);
    const { projectId, dataset } = options;
    const route = (pattern: string) => new RegExp(`^${pattern}$`).exec(path);

    if (route('/users/me')) return json(req, res, 200, USER);
    if (route(`/projects/${projectId}/grants`))
      return json(req, res, 200, [
        { grants: [{ filter: '_id in path("**")', permissions: [...PERMISSIONS, 'manage'] }], config: {} },
      ]);
    // Without the dataset's ACL the whole Studio shows "An error occurred".
    if (route(`/projects/${projectId}/datasets/${dataset}/acl`))
      return json(req, res, 200, [{ filter: '_id in path("**")', permissions: PERMISSIONS }]);
    if (route(`/projects/${projectId}`))
      return json(req, res, 200, {
        id: projectId,
        displayName: 'Program directory (offline)',
        members: [{ id: USER.id, role: 'administrator', roles: [{ name: 'administrator' }], isCurrentUser: true }],
        features: [],
        metadata: {},
      });
    if (route('/features')) return json(req, res, 200, []);
    // After a request fails at the network level (e.g. a listener cut off by a page change) the Studio asks
    // whether this origin is allowed; answered as the Content Lake answers an allowed origin.
    if (route('/check/cors')) return json(req, res, 200, { result: { allowed: true, withCredentials: true } });

    if (route(`/data/query/${dataset}`)) {
      const { query, params } = req.method === 'POST' ? await readBody(req) : queryFromUrl(url);
      const perspective = url.searchParams.get('perspective') ?? defaultPerspective(url.pathname);
      const started = performance.now();
      const result = await store.query(query, params ?? {}, perspective).catch((error: Error) => {
        throw new ContentLakeError(400, error.message);
      });
      return json(req, res, 200, { query, result, ms: Math.round(performance.now() - started) });
    }
    const doc = route(`/data/doc/${dataset}/(.+)`);
    if (doc) return json(req, res, 200, store.getDocuments(decodeURIComponent(doc[1]!).split(',')));
    if (route(`/data/mutate/${dataset}`)) {
      const body = await readBody(req);
      return json(req, res, 200, store.mutate(body.mutations ?? [], body.transactionId));
    }
    if (route(`/data/actions/${dataset}`)) {
      const body = await readBody(req);
      const actions = Array.isArray(body.actions) ? body.actions : [body.actions];
      // A dry run (the Studio probes whether it may create releases) changes nothing.
      if (body.dryRun) return json(req, res, 200, { transactionId: body.transactionId ?? 'dry-run' });
      return json(req, res, 200, store.act(actions, body.transactionId));
    }
    if (route(`/data/listen/${dataset}`)) return listen(req, res, url);

    if (!HARMLESS_404.some((pattern) => pattern.test(path))) unanswered.push(`${req.method} ${path}`);
    return json(req, res, 404, { error: { description: `No route for ${path}` } });
  }

  /** A server-sent event stream: `welcome`, then every mutation event whose document the listener's query selects. */
  async function listen(req: Http2ServerRequest, res: Http2ServerResponse, url: URL): Promise<void> {
    const { query, params } = queryFromUrl(url);
    const includeResult = url.searchParams.get('includeResult') !== 'false';
    const includeMutations = url.searchParams.get('includeMutations') !== 'false';
    res.writeHead(200, { ...corsHeaders(req), 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(`event: welcome\ndata: ${JSON.stringify({ listenerName: `offline-${streams.size}` })}\n\n`);
    streams.add(res);
    const unsubscribe = store.subscribe((events: MutationEvent[]) => {
      (async () => {
        for (const event of events) {
          const docs = [event.before, event.after].filter((doc) => doc !== null);
          if (!(await store.matches(query, params, docs))) continue;
          const { before: _before, after, mutations, ...wire } = event;
          const data = {
            ...wire,
            ...(includeMutations && { mutations }),
            ...(includeResult && after && { result: after }),
          };
          res.write(`event: mutation\nid: ${event.eventId}\ndata: ${JSON.stringify(data)}\n\n`);
        }
      })().catch((error: unknown) => res.destroy(error as Error));
    });
    req.on('close', () => {
      unsubscribe();
      streams.delete(res);
    });
  }

  /** The built Studio; any path that is not a file is one of its routes, answered with index.html. */
  async function serveStudio(res: Http2ServerResponse, url: URL): Promise<void> {
    const root = options.studioDir;
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    const isFile = path.startsWith(root + sep) && (await stat(path).catch(() => undefined))?.isFile();
    const file = isFile ? path : join(root, 'index.html');
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  }

  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    store,
    unanswered,
    close: () =>
      new Promise((resolve) => {
        for (const stream of streams) stream.end();
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A key and certificate for localhost and its subdomains, made with openssl for this run only. */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'studio-e2e-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,DNS:*.localhost',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Before API version 2025-02-19 a query without a perspective sees raw documents; from it on, published ones. */
function defaultPerspective(pathname: string): string {
  const version = /^\/v(\d{4}-\d{2}-\d{2})\//.exec(pathname)?.[1];
  return version && version >= '2025-02-19' ? 'published' : 'raw';
}

function queryFromUrl(url: URL): { query: string; params: Record<string, unknown> } {
  const params: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams)
    if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value) as unknown;
  return { query: url.searchParams.get('query') ?? '', params };
}

async function readBody(req: Http2ServerRequest): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
}

/** The Studio's origin differs from the API's (another host name), and it sends credentials. */
function corsHeaders(req: Http2ServerRequest): Record<string, string> {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-allow-credentials': 'true',
    vary: 'origin',
  };
}

function preflight(req: Http2ServerRequest, res: Http2ServerResponse) {
  res.writeHead(204, {
    ...corsHeaders(req),
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '600',
  });
  res.end();
}

function json(req: Http2ServerRequest, res: Http2ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { ...corsHeaders(req), 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
