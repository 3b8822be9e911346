import { afterEach, describe, expect, test } from 'vitest';
import { loadDirectory } from '../../src/content-source/load.ts';
import { SourceError } from '../../src/content-source/problems.ts';
import {
  startLocalContentLake,
  type LocalContentLake,
  type LocalContentLakeOptions,
} from '../../scripts/lib/local-content-lake.ts';
import { createMockDataset } from '../fixtures/dataset.ts';

let lake: LocalContentLake | undefined;
afterEach(() => lake?.close());

const fastRetry = { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 };

/** Loads from a local Content Lake stand-in, the way a build with SANITY_PROJECT_ID does. */
async function loadRemote(options: Partial<LocalContentLakeOptions> = {}, env: Record<string, string> = {}) {
  lake = await startLocalContentLake({ documents: createMockDataset(), ...options });
  const retries: string[] = [];
  const result = loadDirectory({
    env: { SANITY_PROJECT_ID: lake.projectId, SANITY_DATASET: 'production', SANITY_API_HOST: lake.url, ...env },
    remote: { retry: fastRetry, timeoutMs: 300, onRetry: (m) => retries.push(m) },
  });
  return { result, retries };
}

/** The one-line cause of a failed remote load. */
async function causeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the load should fail with a SourceError').toBeInstanceOf(SourceError);
  const [cause, hint] = (error as Error).message.split('\n');
  expect(hint, 'every remote error says what to do').toMatch(/What to do: \S/);
  return cause;
}

describe('reading the Content Lake', () => {
  test('loads the directory with the published perspective and the read token', async () => {
    const { result } = await loadRemote({ token: 'sk-test' }, { SANITY_READ_TOKEN: 'sk-test' });
    const directory = await result;
    expect(directory.locations).toHaveLength(2);
    expect(directory.source).toBe('Sanity project "local" (dataset "production")');
    expect(lake!.requests.every((r) => r.authorization === 'Bearer sk-test')).toBe(true);
  });

  test('unreachable host: a clear cause after bounded retries', async () => {
    lake = await startLocalContentLake({ documents: [] });
    const url = lake.url;
    await lake.close();
    const cause = await causeOf(
      loadDirectory({
        env: { SANITY_PROJECT_ID: 'local', SANITY_DATASET: 'production', SANITY_API_HOST: url },
        remote: { retry: fastRetry },
      }),
    );
    expect(cause).toMatch(/Could not reach Sanity project "local".*ECONNREFUSED.*Gave up after 3 tries/);
    lake = undefined;
  });

  test('401: the token is refused, no retry', async () => {
    const { result, retries } = await loadRemote({ token: 'right' }, { SANITY_READ_TOKEN: 'wrong' });
    expect(await causeOf(result)).toMatch(/refused the read token \(401 Unauthorized\)/);
    expect(retries).toEqual([]);
  });

  test('403: access denied', async () => {
    const { result } = await loadRemote({
      intercept: () => ({ status: 403, body: '{"error":"Forbidden","statusCode":403}' }),
    });
    expect(await causeOf(result)).toMatch(/denied access \(403 Forbidden\)/);
  });

  test('404: the dataset does not exist', async () => {
    const { result } = await loadRemote({ dataset: 'staging' });
    expect(await causeOf(result)).toMatch(/was not found \(404\): Dataset "production" not found/);
  });

  test('429 honours Retry-After, then succeeds', async () => {
    const { result, retries } = await loadRemote({
      intercept: ({ attempt }) =>
        attempt === 1 ? { status: 429, headers: { 'retry-after': '0.03' }, body: '{}' } : undefined,
    });
    await expect(result).resolves.toMatchObject({ locations: expect.any(Array) });
    expect(retries).toEqual([expect.stringMatching(/429 Too Many Requests\)\. Trying again in 30 ms \(try 2 of 3\)/)]);
  });

  test('5xx is retried a bounded number of times, then fails clearly', async () => {
    const { result, retries } = await loadRemote({ intercept: () => ({ status: 503, body: '{"error":"down"}' }) });
    expect(await causeOf(result)).toMatch(/failed with 503 \(server error\)\. Gave up after 3 tries/);
    expect(retries).toHaveLength(2);
    expect(lake!.requests).toHaveLength(3);
  });

  test('a timeout is retried, then fails clearly', async () => {
    const { result } = await loadRemote({ intercept: () => ({ status: 200, body: '{}', delayMs: 1000 }) });
    expect(await causeOf(result)).toMatch(/did not answer in time \(timeout\)\. Gave up after 3 tries/);
  });

  test('malformed JSON is reported as such', async () => {
    const { result } = await loadRemote({ intercept: () => ({ status: 200, body: '{"result": [{"_id": "a"' }) });
    expect(await causeOf(result)).toMatch(/not a query result \(malformed JSON\)/);
  });

  test('a connection reset is retried and then recovers', async () => {
    const { result, retries } = await loadRemote({
      intercept: ({ attempt }) => (attempt === 1 ? { status: 200, body: '', reset: true } : undefined),
    });
    await expect(result).resolves.toMatchObject({ programs: expect.any(Array) });
    expect(retries).toHaveLength(1);
  });
});
