// Pruning of what only grows: expired sessions, enrolment codes that can no longer be used (expired or
// withdrawn, unused, past a grace period so the codes screen can still say "expired"), rate-limiter
// windows that have closed, and remembered rejections old enough that no phone retries them any more.
// Idempotent: several servers on one PostgreSQL may each run it.
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from '@/server/auth/attempts';
import type { Queryable } from './database';

export const CODE_GRACE_MS = 30 * 86_400_000;

export interface PruneOptions {
  now: number;
  /** Rejections remembered since before this are forgotten (main.ts: TOMBSTONE_DAYS, a year by default —
   * far longer than a phone keeps retrying a batch whose answer it lost). */
  rejectionsOlderThan: number;
}

export interface Pruned {
  sessions: number;
  codes: number;
  attempts: number;
  rejections: number;
}

export async function pruneExpired(
  db: Queryable,
  { now, rejectionsOlderThan }: PruneOptions,
): Promise<Pruned> {
  const count = async (sql: string, params: unknown[]) =>
    (await db.query(`${sql} RETURNING 1`, params)).length;
  const longestWindow = Math.max(ACCOUNT_LIMIT.windowMs, ADDRESS_LIMIT.windowMs);
  return {
    sessions: await count('DELETE FROM admin_sessions WHERE expires_at <= $1', [now]),
    codes: await count(
      `DELETE FROM enrolment_codes WHERE used_at IS NULL
          AND (expires_at < $1 OR withdrawn_at < $1)`,
      [now - CODE_GRACE_MS],
    ),
    attempts: await count('DELETE FROM attempts WHERE window_start <= $1', [now - longestWindow]),
    rejections: await count('DELETE FROM rejected_mutations WHERE rejected_at < $1', [rejectionsOlderThan]),
  };
}
