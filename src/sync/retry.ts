// Exponential backoff with jitter for retryable sync failures (network, 5xx): a flaky 2G link gets a few
// spaced tries instead of a storm. Sleep and randomness are injected so tests run instantly.
import { asSyncError } from './sync-errors';

export interface RetryOptions {
  retries: number;
  baseMs: number;
  maxMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_RETRY: Omit<RetryOptions, 'sleep' | 'random'> = {
  retries: 3,
  baseMs: 2000,
  maxMs: 30000,
};

/** Delay before try `attempt` (1-based): half fixed, half random ("equal jitter"). */
export function backoffDelay(
  attempt: number,
  opts: Pick<RetryOptions, 'baseMs' | 'maxMs' | 'random'>,
): number {
  const ceiling = Math.min(opts.maxMs, opts.baseMs * 2 ** (attempt - 1));
  return ceiling / 2 + (opts.random() * ceiling) / 2;
}

export async function withRetry<T>(run: () => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const failure = asSyncError(error);
      if (!failure.retryable || attempt >= opts.retries) throw failure;
      await opts.sleep(backoffDelay(attempt + 1, opts));
    }
  }
}
