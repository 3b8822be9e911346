import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGroqExecutor } from '../../src/content-source/groq-local.ts';
import type { RawDocument } from '../../src/content-source/ndjson.ts';

/** A response a test wants instead of the real answer (a fault, a slow reply, a broken body). */
export interface InjectedResponse {
  status: number;
  headers?: Record<string, string>;
  body: string;
  /** Wait this long before answering, to test timeouts. */
  delayMs?: number;
  /** Destroy the socket instead of answering, to test connection resets. */
  reset?: boolean;
}

export interface LocalContentLakeOptions {
  documents: readonly RawDocument[];
  projectId?: string;
  dataset?: string;
  /** When set, requests must carry `Authorization: Bearer <token>` or get 401, as a private dataset would. */
  token?: string;
  /** Called for each query request; return a response to replace the real one. */
  intercept?: (request: { method: string; url: URL; attempt: number }) => InjectedResponse | undefined;
}

export interface LocalContentLake {
  url: string;
  projectId: string;
  dataset: string;
  /** Every query request received, in order. */
  requests: { method: string; path: string; perspective: string | null; authorization?: string }[];
  close(): Promise<void>;
}

/**
 * A stand-in for Sanity's Content Lake on 127.0.0.1 that speaks its query API
 * (`GET /v{version}/data/query/{dataset}?query=…&$param=<json>`, or POST `{query, params}`,
 * answering `{result, ms, query}`), with groq-js as the engine. For tests and offline tools only.
 */
export async function startLocalContentLake(options: LocalContentLakeOptions): Promise<LocalContentLake> {
  const projectId = options.projectId ?? 'local';
  const dataset = options.dataset ?? 'production';
  const perspectives = {
    raw: createGroqExecutor(options.documents, 'raw'),
    drafts: createGroqExecutor(options.documents, 'drafts'),
    published: createGroqExecutor(options.documents, 'published'),
  };
  const requests: LocalContentLake['requests'] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { error: { description: String(error) } }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/v[\d-]+\/data\/query\/([^/]+)$/.exec(url.pathname);
    if (!match) return send(res, 404, { error: { description: `No route for ${url.pathname}` } });
    requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      perspective: url.searchParams.get('perspective'),
      authorization: req.headers.authorization,
    });

    const injected = options.intercept?.({ method: req.method ?? 'GET', url, attempt: requests.length });
    if (injected) return inject(res, injected);
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`)
      return send(res, 401, { error: 'Unauthorized', message: 'Session does not match project host', statusCode: 401 });
    if (decodeURIComponent(match[1]!) !== dataset)
      return send(res, 404, {
        error: { description: `Dataset "${match[1]}" not found for project ID "${projectId}"`, type: 'httpNotFound' },
      });

    const { query, params } = req.method === 'POST' ? await readPost(req) : readGet(url);
    const perspective = url.searchParams.get('perspective') ?? 'published';
    const started = performance.now();
    try {
      const result = await (perspectives[perspective as keyof typeof perspectives] ?? perspectives.published)(
        query,
        params,
      );
      send(res, 200, { result, ms: Math.round(performance.now() - started), query });
    } catch (error) {
      send(res, 400, { error: { description: (error as Error).message, type: 'queryParseError' } });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    projectId,
    dataset,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readGet(url: URL) {
  const params: Record<string, unknown> = {};
  for (const [name, value] of url.searchParams)
    if (name.startsWith('$')) params[name.slice(1)] = JSON.parse(value) as unknown;
  return { query: url.searchParams.get('query') ?? '', params };
}

async function readPost(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    query: string;
    params?: Record<string, unknown>;
  };
  return { query: body.query, params: body.params ?? {} };
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function inject(res: ServerResponse, response: InjectedResponse) {
  setTimeout(() => {
    if (response.reset) return res.socket?.destroy();
    res.writeHead(response.status, { 'content-type': 'application/json; charset=utf-8', ...response.headers });
    res.end(response.body);
  }, response.delayMs ?? 0);
}
