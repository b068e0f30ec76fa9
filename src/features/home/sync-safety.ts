// Home's "is it safe": changes waiting in the outbox, changes the server rejected, and when the last sync
// succeeded (meta `lastSyncAt`, epoch ms, written by the sync engine), and the last failure (meta, so a
// revoked phone says so on home after a restart too). Counted through the status index.
import type { BanSoDatabase } from '@/storage/database';
import { getMeta, META } from '@/storage/meta';
import type { SyncFailure } from '@/sync/sync-errors';
import type { StoredSyncError } from '@/sync/sync-history';

export interface SyncSafety {
  pending: number;
  rejected: number;
  lastSyncAt: number | null;
  lastError: SyncFailure | null;
  failingSince: number | null;
}

export async function readSyncSafety(db: BanSoDatabase): Promise<SyncSafety> {
  const [pending, rejected, lastSyncAt, error] = await Promise.all([
    db.outbox.where('status').equals('pending').count(),
    db.outbox.where('status').equals('rejected').count(),
    getMeta<number>(db, META.lastSyncAt),
    getMeta<StoredSyncError>(db, META.lastSyncError),
  ]);
  return {
    pending,
    rejected,
    lastSyncAt: typeof lastSyncAt === 'number' ? lastSyncAt : null,
    lastError: error?.failure ?? null,
    failingSince: error?.failingSince ?? null,
  };
}

/** Which words to use for a sync time: today, yesterday, or a full date. */
export function sinceKind(epochMs: number, now: Date): 'today' | 'yesterday' | 'earlier' {
  const startOf = (daysAgo: number) =>
    new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo).getTime();
  if (epochMs >= startOf(0)) return 'today';
  if (epochMs >= startOf(1)) return 'yesterday';
  return 'earlier';
}
