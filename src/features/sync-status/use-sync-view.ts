// What the sync screen shows, in one hook: the engine's live status (running, progress, last failure),
// and from the database the changes waiting, the refused ones and the last success (meta, survives restarts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { getMeta, META } from '@/storage/meta';
import { useSession } from '@/storage/use-session';
import { rejectedChanges } from '@/sync/rejected-changes';
import { syncStatus, type SyncStatus } from '@/sync/sync-status';

/** The time, refreshed every minute: enough to notice a queue that stopped moving. */
export function useMinuteClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function useSyncView() {
  const db = useSession((s) => s.db);
  const status: SyncStatus = useStore(syncStatus);
  const pending = useLiveQuery(() => db.outbox.where('status').equals('pending').count(), [db]);
  const rejected = useLiveQuery(() => rejectedChanges(db), [db]);
  const lastSyncAt = useLiveQuery(async () => (await getMeta<number>(db, META.lastSyncAt)) ?? null, [db]);
  return { db, status, pending, rejected, lastSyncAt: status.lastSuccessAt ?? lastSyncAt ?? null };
}
