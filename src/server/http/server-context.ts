// What every route needs: the database and the clock (injected, so tests can skew time).
import type { Database } from '@/server/db/database';

export interface ServerContext {
  db: Database;
  now(): number;
}
