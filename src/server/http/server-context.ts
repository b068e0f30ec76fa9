// What every route needs: the database and the clock (injected, so tests can skew time).
import type { Database } from '@/server/db/database';

export interface ServerContext {
  db: Database;
  now(): number;
  /** The address phones use (PUBLIC_URL), e.g. https://banso.example.vn; null when not configured. */
  publicUrl?: string | null;
}
