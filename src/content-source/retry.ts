/** How hard to try before giving up on a flaky remote. */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try; doubles each time after. */
  baseDelayMs: number;
  /** No single wait is longer, whatever a Retry-After header asks. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

/** A failure that may pass if tried again, with the server's own Retry-After when it gave one. */
export class TransientError extends Error {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, retryAfterMs?: number) {
    super(message);
    this.name = 'TransientError';
    this.retryAfterMs = retryAfterMs;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` until it succeeds, throws a non-transient error, or runs out of attempts;
 * exponential backoff between tries. Returns the last transient error's message with the count on failure.
 */
export async function withRetries<T>(
  task: () => Promise<T>,
  policy: RetryPolicy,
  onRetry?: (attempt: number, error: TransientError, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (!(error instanceof TransientError) || attempt >= policy.attempts) throw error;
      const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
      const delayMs = Math.min(error.retryAfterMs ?? backoff, policy.maxDelayMs);
      onRetry?.(attempt, error, delayMs);
      await sleep(delayMs);
    }
  }
}

/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
