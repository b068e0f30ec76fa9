// Rate limiting of failed enrolment codes and sign-ins, kept in the database (not in process memory) so
// it holds across several servers behind a load balancer: at most LIMIT failures per key per window.
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';

export const ATTEMPT_LIMIT = 10;
export const ATTEMPT_WINDOW_MS = 10 * 60 * 1000;

export async function assertNotThrottled(db: Queryable, key: string, now: number): Promise<void> {
  const [row] = await db.query<{ n: number }>(
    'SELECT count(*)::float8 AS n FROM attempts WHERE key = $1 AND at > $2',
    [key, now - ATTEMPT_WINDOW_MS],
  );
  if ((row?.n ?? 0) >= ATTEMPT_LIMIT)
    throw new ApiError(429, 'too_many_attempts', 'errors.tooManyAttempts', 'try again in a few minutes');
}

export async function recordFailure(db: Queryable, key: string, now: number): Promise<void> {
  await db.query('DELETE FROM attempts WHERE at < $1', [now - ATTEMPT_WINDOW_MS]);
  await db.query('INSERT INTO attempts (key, at) VALUES ($1, $2)', [key, now]);
}
