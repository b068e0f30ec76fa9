// Home's "is it safe": changes waiting in the outbox, changes the server rejected, and when the last sync
// succeeded (meta `lastSyncAt`, epoch ms, written by the sync engine). Counted through the status index.
import type { BanSoDatabase } from '@/storage/database';
import { getMeta, META } from '@/storage/meta';

export interface SyncSafety {
  pending: number;
  rejected: number;
  lastSyncAt: number | null;
}

export async function readSyncSafety(db: BanSoDatabase): Promise<SyncSafety> {
  const [pending, rejected, lastSyncAt] = await Promise.all([
    db.outbox.where('status').equals('pending').count(),
    db.outbox.where('status').equals('rejected').count(),
    getMeta<number>(db, META.lastSyncAt),
  ]);
  return { pending, rejected, lastSyncAt: typeof lastSyncAt === 'number' ? lastSyncAt : null };
}

/** Which words to use for a sync time: today, yesterday, or a full date. */
export function sinceKind(epochMs: number, now: Date): 'today' | 'yesterday' | 'earlier' {
  const startOf = (daysAgo: number) =>
    new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysAgo).getTime();
  if (epochMs >= startOf(0)) return 'today';
  if (epochMs >= startOf(1)) return 'yesterday';
  return 'earlier';
}
