// What the last sync runs ended in, kept in `meta` so the user is told the same after a restart: the last
// success (home reads it too), the last failure and since when syncs have been failing, and whether the
// province revoked this phone (then no request is made until it enrols again).
import type { BanSoDatabase } from '@/storage/database';
import { getMeta, META, setMeta } from '@/storage/meta';
import type { SyncError, SyncFailure } from './sync-errors';
import type { SyncStatusStore } from './sync-status';

/** Meta key set when the server answered 401: the phone must enrol again before it syncs. */
export const REVOKED_KEY = 'syncRevokedAt';

export interface StoredSyncError {
  failure: SyncFailure;
  detail: string | null;
  at: number;
  failingSince: number;
}

/** Fills the status store from meta when the app starts (last success, last failure and since when). */
export async function loadSyncStatus(db: BanSoDatabase, status: SyncStatusStore): Promise<void> {
  const [lastSuccessAt, error] = await Promise.all([
    getMeta<number>(db, META.lastSyncAt),
    getMeta<StoredSyncError>(db, META.lastSyncError),
  ]);
  status.setState({
    lastSuccessAt: lastSuccessAt ?? null,
    lastError: error?.failure ?? null,
    lastErrorDetail: error?.detail ?? null,
    failingSince: error?.failingSince ?? null,
  });
}

export async function recordSuccess(db: BanSoDatabase, status: SyncStatusStore, at: number): Promise<void> {
  await setMeta(db, META.lastSyncAt, at);
  await db.meta.delete(META.lastSyncError);
  status.setState({ lastSuccessAt: at, lastError: null, lastErrorDetail: null, failingSince: null });
}

export async function recordFailure(
  db: BanSoDatabase,
  status: SyncStatusStore,
  error: SyncError,
  startedAt: number,
  at: number,
): Promise<void> {
  if (error.failure === 'revoked') await setMeta(db, REVOKED_KEY, at);
  const failingSince = status.getState().failingSince ?? startedAt;
  const stored: StoredSyncError = { failure: error.failure, detail: error.detail ?? null, at, failingSince };
  await setMeta(db, META.lastSyncError, stored);
  status.setState({ lastError: error.failure, lastErrorDetail: stored.detail, failingSince });
}

export async function isRevoked(db: BanSoDatabase): Promise<boolean> {
  return Boolean(await getMeta<number>(db, REVOKED_KEY));
}
