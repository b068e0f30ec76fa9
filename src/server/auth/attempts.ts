// Rate limiting of failed enrolment codes and sign-ins, per client address and per account, kept in the
// database (not in process memory) so it holds across several servers behind a load balancer. An attempt
// is RESERVED by one atomic upsert before the secret is checked and refunded when it turns out right:
// parallel requests serialise on the key's row, so no more than `max` secrets are ever checked per window
// (counting first and inserting after the check let a burst of parallel guesses all pass the count).
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';

export interface AttemptLimit {
  max: number;
  windowMs: number;
}

/** Per client address: enrolment codes and sign-ins. */
export const ADDRESS_LIMIT: AttemptLimit = { max: 10, windowMs: 10 * 60 * 1000 };
/** Per account: after 5 wrong passwords the account is locked for 15 minutes (or until a reset). */
export const ACCOUNT_LIMIT: AttemptLimit = { max: 5, windowMs: 15 * 60 * 1000 };
/** Back-compat names (enrolment tests read them). */
export const ATTEMPT_LIMIT = ADDRESS_LIMIT.max;
export const ATTEMPT_WINDOW_MS = ADDRESS_LIMIT.windowMs;

export interface AttemptKey {
  key: string;
  limit: AttemptLimit;
  /** On success: 'refund' gives the reserved attempt back; 'clear' forgets every failure of the key. */
  onSuccess: 'refund' | 'clear';
}

export interface Reservation {
  /** The secret was right: undo the reservation (an unused reservation stays a failure). */
  succeeded(): Promise<void>;
}

const RESERVE_SQL = `
  INSERT INTO attempts AS a (key, window_start, failures) VALUES ($1, $2, 1)
  ON CONFLICT (key) DO UPDATE SET
    window_start = CASE WHEN a.window_start <= $2 - $3 THEN $2 ELSE a.window_start END,
    failures = CASE WHEN a.window_start <= $2 - $3 THEN 1 ELSE a.failures + 1 END
  RETURNING failures, window_start::float8 AS window_start`;

async function refund(db: Queryable, key: string, windowStart: number): Promise<void> {
  await db.query(
    'UPDATE attempts SET failures = greatest(failures - 1, 0) WHERE key = $1 AND window_start = $2',
    [key, windowStart],
  );
}

/** Reserves one attempt on every key, in order; refuses with 429 (and reserves nothing) past a limit. */
export async function reserveAttempt(db: Queryable, keys: AttemptKey[], now: number): Promise<Reservation> {
  const taken: { key: AttemptKey; windowStart: number }[] = [];
  for (const key of keys) {
    const [row] = await db.query<{ failures: number; window_start: number }>(RESERVE_SQL, [
      key.key,
      now,
      key.limit.windowMs,
    ]);
    const windowStart = row?.window_start ?? now;
    if ((row?.failures ?? 0) > key.limit.max) {
      await refund(db, key.key, windowStart);
      for (const t of taken) await refund(db, t.key.key, t.windowStart);
      const retryAfter = Math.max(1, Math.ceil((windowStart + key.limit.windowMs - now) / 1000));
      throw new ApiError(429, 'too_many_attempts', 'errors.tooManyAttempts', 'try again in a few minutes', {
        retryAfterSeconds: retryAfter,
      });
    }
    taken.push({ key, windowStart });
  }
  return {
    async succeeded() {
      for (const t of taken) {
        if (t.key.onSuccess === 'clear') await db.query('DELETE FROM attempts WHERE key = $1', [t.key.key]);
        else await refund(db, t.key.key, t.windowStart);
      }
    },
  };
}

/** Forgets an account's failures (an administrator reset its password). */
export async function clearAttempts(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM attempts WHERE key = $1', [key]);
}

export const addressKey = (kind: 'login' | 'enrol', ip: string): AttemptKey => ({
  key: `${kind}:ip:${ip}`,
  limit: ADDRESS_LIMIT,
  onSuccess: 'refund',
});
export const accountKey = (username: string): AttemptKey => ({
  key: `login:account:${username.toLowerCase()}`,
  limit: ACCOUNT_LIMIT,
  onSuccess: 'clear',
});
