// Changes the server refused (DESIGN invariant 3): listed for the user with the server's reason, fixed by
// editing the record (a new write, a new outbox entry) or discarded here. Discarding rolls the phone's
// copy back to what the server holds: rebuilt from the remaining local changes when the server never had
// the record, or pulled again from the start when it did (rare, and the only way to learn its old value).
import { RECORD_TABLES, recordTables, type RecordTable } from '@/domain/record-tables';
import type { BanSoDatabase, OutboxEntry, StoredRecord } from '@/storage/database';
import { META } from '@/storage/meta';
import { indexFields } from '@/storage/search-index';
import { rebase } from './pull-apply';

export interface RejectedChange {
  entry: OutboxEntry & { seq: number };
  record: StoredRecord | undefined;
}

/** Rejected changes, oldest first, with the record each belongs to (for its village and a link). */
export async function rejectedChanges(db: BanSoDatabase, limit = 100): Promise<RejectedChange[]> {
  const entries = await db.outbox.where('status').equals('rejected').limit(limit).toArray();
  return Promise.all(
    entries.map(async (entry) => ({
      entry: entry as OutboxEntry & { seq: number },
      record: await db.recordTable(entry.table).get(entry.recordId),
    })),
  );
}

/** Tables whose ids are deterministic (one row per village and code): another phone may own the row. */
const SHARED_ID_TABLES: RecordTable[] = ['checklistProgress', 'villageCounts'];

export async function discardRejected(db: BanSoDatabase, seq: number): Promise<void> {
  const tables = [...RECORD_TABLES.map((t) => db.recordTable(t)), db.outbox, db.meta];
  await db.transaction('rw', tables, async () => {
    const entry = await db.outbox.get(seq);
    if (!entry || entry.status !== 'rejected') return;
    await db.outbox.delete(seq);
    const table = db.recordTable(entry.table);
    const row = await table.get(entry.recordId);
    if (!row) return;
    const rest = await db.outbox
      .where('[table+recordId]')
      .equals([entry.table, entry.recordId])
      .sortBy('seq');
    const localClocks = new Set([entry.hlc, ...rest.map((e) => e.hlc)]);
    const onlyLocal = Object.values(row.fieldClocks).every((clock) => localClocks.has(clock));
    if (onlyLocal && !SHARED_ID_TABLES.includes(entry.table)) {
      // The server never accepted any of this record: what remains is the other local changes, if any.
      const rebuilt = rebase(undefined, rest);
      if (rebuilt && recordTables[entry.table].fields.safeParse(rebuilt).success)
        await table.put(indexFields(entry.table, rebuilt));
      else await table.delete(entry.recordId);
      return;
    }
    // The server holds an older version we no longer have: pull from the start; pulled rows replace
    // ours with the remaining local changes rebased on top.
    await db.meta.delete(META.cursor);
  });
}
