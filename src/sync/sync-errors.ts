// Why a sync failed, as a reason key the screens translate (sync:reasons.*), and whether trying again
// later can help. Network trouble and 5xx are retried with backoff; the rest wait for the user.
export type SyncFailure =
  | 'unreachable' // no answer: offline, DNS, timeout
  | 'server' // 5xx
  | 'revoked' // 401: the province revoked this phone, enrol again
  | 'upgrade' // 426: the app is too old for the server
  | 'clockDrift' // the server refused the phone's clock
  | 'badRequest' // another 4xx
  | 'badResponse'; // the answer did not match the protocol

/** Failures no retry can fix: the user must act at once (enrol again, update, set the clock). */
export const NEEDS_USER: readonly SyncFailure[] = ['revoked', 'upgrade', 'clockDrift'];

export class SyncError extends Error {
  constructor(
    readonly failure: SyncFailure,
    readonly status: number | null = null,
    readonly detail?: string,
  ) {
    super(`sync failed: ${failure}${status ? ` (${status})` : ''}${detail ? `: ${detail}` : ''}`);
  }

  get retryable(): boolean {
    return this.failure === 'unreachable' || this.failure === 'server';
  }
}

/** Maps an HTTP error status (and the server's errors.* reason, if any) to a failure. */
export function failureOf(status: number, reason?: string): SyncFailure {
  if (status === 401 || status === 403) return 'revoked';
  if (status === 426) return 'upgrade';
  if (status >= 500 || status === 429 || status === 408) return 'server';
  if (reason === 'errors.clockDrift') return 'clockDrift';
  return 'badRequest';
}

export function asSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  return new SyncError('unreachable', null, error instanceof Error ? error.message : String(error));
}
