import { createClient } from '@sanity/client';
import type { SourceConfig } from './config.ts';
import { SourceError } from './problems.ts';
import { DEFAULT_RETRY, TransientError, parseRetryAfter, withRetries, type RetryPolicy } from './retry.ts';
import type { ContentSource } from './source.ts';

type RemoteConfig = Extract<SourceConfig, { kind: 'remote' }>;

export interface RemoteOptions {
  retry?: RetryPolicy;
  /** Per request. */
  timeoutMs?: number;
  onRetry?: (message: string) => void;
  /** `drafts` (the preview server): drafts laid over published documents; needs the read token. */
  perspective?: 'published' | 'drafts';
}

/** Reads the hosted Content Lake with Sanity's client: published perspective, no CDN, bounded retries. */
export function createRemoteSource(config: RemoteConfig, options: RemoteOptions = {}): ContentSource {
  const perspective = options.perspective ?? 'published';
  if (perspective === 'drafts' && !config.token)
    throw new SourceError(
      `Drafts of Sanity project "${config.projectId}" can only be read with a token.`,
      'Set SANITY_READ_TOKEN to a Viewer token from sanity.io/manage (server side only).',
    );
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    token: config.token,
    perspective,
    useCdn: false,
    // Retries are ours: the client's own would hide 429/5xx details and not honour our bounds.
    maxRetries: 0,
    timeout: options.timeoutMs ?? 30_000,
    ...(config.apiHost ? { apiHost: config.apiHost, useProjectHostname: false } : {}),
  });
  const where = `Sanity project "${config.projectId}" (dataset "${config.dataset}")`;
  const retry = options.retry ?? DEFAULT_RETRY;

  return {
    description: where,
    async fetch(query, params = {}) {
      try {
        return await withRetries(
          async () => {
            const response: unknown = await client
              .fetch(query, params, { filterResponse: false })
              .catch((error: unknown) => {
                throw classify(error, config, where);
              });
            // The client yields `undefined` for a body that is not JSON (truncated, an HTML error page).
            if (typeof response !== 'object' || response === null || !('result' in response))
              throw new TransientError(`${where} answered with a body that is not a query result (malformed JSON).`);
            return response.result;
          },
          retry,
          (attempt, error, delayMs) =>
            options.onRetry?.(
              `${error.message} Trying again in ${formatDelay(delayMs)} (try ${attempt + 1} of ${retry.attempts}).`,
            ),
        );
      } catch (error) {
        if (error instanceof TransientError)
          throw new SourceError(
            `${error.message} Gave up after ${retry.attempts} tries.`,
            'Check the network connection and sanity-status.com, then build again; to build offline, unset SANITY_PROJECT_ID.',
          );
        throw error;
      }
    },
  };
}

const formatDelay = (ms: number) => (ms < 1000 ? `${Math.round(ms)} ms` : `${Math.round(ms / 100) / 10} s`);

type HttpError = Error & {
  statusCode?: number;
  response?: { headers?: Record<string, string> };
  cause?: { code?: string };
};

/** Turns a client failure into a retryable TransientError or a final SourceError with what to do. */
function classify(error: unknown, config: RemoteConfig, where: string): Error {
  const e = error as HttpError;
  const status = e.statusCode;
  if (status === 401)
    return new SourceError(
      `${where} refused the read token (401 Unauthorized).`,
      config.token
        ? 'SANITY_READ_TOKEN is wrong or revoked: create a Viewer token in sanity.io/manage › API › Tokens.'
        : 'The dataset is private: set SANITY_READ_TOKEN to a Viewer token from sanity.io/manage.',
    );
  if (status === 403)
    return new SourceError(
      `${where} denied access (403 Forbidden): the token may not read this dataset.`,
      'Give SANITY_READ_TOKEN the Viewer role for this project, or use a token that has it.',
    );
  if (status === 404)
    return new SourceError(
      `${where} was not found (404): ${e.message}.`,
      'Check SANITY_PROJECT_ID and SANITY_DATASET (`npx sanity dataset list` from sanity/ shows the datasets).',
    );
  if (status === 429)
    return new TransientError(
      `${where} is rate-limiting the build (429 Too Many Requests).`,
      parseRetryAfter(e.response?.headers?.['retry-after']),
    );
  if (status !== undefined && status >= 500)
    return new TransientError(
      `${where} failed with ${status} (server error).`,
      parseRetryAfter(e.response?.headers?.['retry-after']),
    );
  if (status !== undefined)
    return new SourceError(
      `${where} rejected a query (${status}): ${e.message}.`,
      'This is a bug in src/content-source/queries.ts: report it.',
    );
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return new TransientError(`${where} did not answer in time (timeout).`);
  const code = e.cause?.code;
  if (code === 'ENOTFOUND')
    return new SourceError(
      `Could not reach ${where}: the host name does not resolve (ENOTFOUND).`,
      'Check the network connection and SANITY_PROJECT_ID, or unset SANITY_PROJECT_ID to build from the bundled dataset.',
    );
  return new TransientError(`Could not reach ${where} (${code ?? e.message}).`);
}
