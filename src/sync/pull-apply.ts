// The pull half of a sync (DESIGN invariants 5, 6 and 8). Pulled rows and the new cursor commit in ONE
// Dexie transaction, so a tab killed mid-pull resumes from a cursor that matches the rows on disk. A
// pulled row is the server's truth; this phone's unsent outbox patches are rebased on top of it (an unsent
// edit is never clobbered), and the search/index fields are recomputed.
import { decodeHlc, encodeHlc, isTooFarAhead, receive, type Hlc } from '@/domain/hlc';
import { applyMutation, type Mutation, type SyncedRecord } from '@/domain/merge';
import { RECORD_TABLES, type RecordTable } from '@/domain/record-tables';
import type { PulledRow, WireOverwrite } from '@/protocol/sync-messages';
import type { BanSoDatabase, OutboxEntry, StoredRecord } from '@/storage/database';
import { META } from '@/storage/meta';
import { indexFields } from '@/storage/search-index';

/** Set while a reset's fresh pull is under way, so pending creations are re-applied even after a crash. */
export const RESET_PENDING_KEY = 'syncResetPending';

const key = (table: string, id: string) => `${table}\u0000${id}`;

export function entryAsMutation(entry: OutboxEntry): Mutation {
  return {
    id: entry.recordId,
    communeId: entry.communeId,
    actor: entry.actor,
    hlc: entry.hlc,
    patch: entry.patch,
    schemaVersion: entry.schemaVersion,
    ...(entry.weak?.length ? { weak: entry.weak } : {}),
  };
}

/** The server's row with this phone's unsent changes (pending or rejected, in device order) on top. */
export function rebase(row: SyncedRecord | undefined, local: OutboxEntry[]): SyncedRecord | undefined {
  let record = row;
  for (const entry of local) record = applyMutation(record, entryAsMutation(entry)).record;
  return record;
}

function recordTablesOf(db: BanSoDatabase) {
  return RECORD_TABLES.map((t) => db.recordTable(t));
}

async function localEntriesByRecord(db: BanSoDatabase): Promise<Map<string, OutboxEntry[]>> {
  const grouped = new Map<string, OutboxEntry[]>();
  await db.outbox.orderBy('seq').each((entry) => {
    const k = key(entry.table, entry.recordId);
    const list = grouped.get(k);
    if (list) list.push(entry);
    else grouped.set(k, [entry]);
  });
  return grouped;
}

/** Moves this phone's clock past the newest stamp seen, so its next edit orders after what it has seen. */
async function observeClock(db: BanSoDatabase, newest: Hlc | null, now: number): Promise<void> {
  if (!newest || isTooFarAhead(newest, now)) return;
  const stored = (await db.meta.get(META.clock))?.value as string | undefined;
  const node = ((await db.meta.get(META.deviceNode))?.value as string | undefined) ?? 'device';
  const state = stored ? decodeHlc(stored) : { millis: 0, counter: 0, node };
  await db.meta.put({ key: META.clock, value: encodeHlc(receive({ ...state, node }, newest, now)) });
}

export interface PullPage {
  rows: PulledRow[];
  cursor: string;
  overwrites: WireOverwrite[];
}

/** Applies one pulled page and stores its cursor, atomically. Returns the number of rows applied. */
export async function applyPullPage(db: BanSoDatabase, page: PullPage, now: number): Promise<number> {
  const tables = [...recordTablesOf(db), db.outbox, db.meta, db.conflicts];
  return db.transaction('rw', tables, async () => {
    const local = page.rows.length > 0 ? await localEntriesByRecord(db) : new Map<string, OutboxEntry[]>();
    const byTable = new Map<RecordTable, StoredRecord[]>();
    let newest: Hlc | null = null;
    for (const { table, record } of page.rows) {
      const row = record as SyncedRecord;
      if (typeof row.id !== 'string') continue;
      if (typeof row.updatedAt === 'string' && (newest === null || row.updatedAt > newest))
        newest = row.updatedAt;
      const merged = rebase(row, local.get(key(table, row.id)) ?? []) ?? row;
      const list = byTable.get(table) ?? [];
      list.push(indexFields(table, merged));
      byTable.set(table, list);
    }
    for (const [table, rows] of byTable) await db.recordTable(table).bulkPut(rows);
    await storeOverwrites(db, page.overwrites);
    await observeClock(db, newest, now);
    await db.meta.put({ key: META.cursor, value: page.cursor });
    return page.rows.length;
  });
}

/** Keeps the server's audit entries; a page seen twice (a retried response) adds nothing twice. */
async function storeOverwrites(db: BanSoDatabase, overwrites: WireOverwrite[]): Promise<void> {
  for (const o of overwrites) {
    const known = await db.conflicts.where('[table+recordId]').equals([o.table, o.recordId]).toArray();
    if (known.some((c) => c.field === o.field && c.lostClock === o.lostClock && c.wonClock === o.wonClock))
      continue;
    const row = await db.recordTable(o.table).get(o.recordId);
    const villageId = typeof row?.villageId === 'string' ? row.villageId : null;
    await db.conflicts.add({
      table: o.table,
      recordId: o.recordId,
      villageId,
      field: o.field,
      lostValue: o.lostValue,
      lostClock: o.lostClock,
      lostAuthor: o.lostAuthor,
      wonValue: o.wonValue,
      wonClock: o.wonClock,
      wonAuthor: o.wonAuthor,
      seenAt: o.at,
    });
  }
}

/** A reset (invariant 8): wipe the synced tables and the cursor, NEVER the outbox, in one transaction. */
export async function resetLocal(db: BanSoDatabase): Promise<void> {
  await db.transaction('rw', [...recordTablesOf(db), db.meta], async () => {
    for (const table of recordTablesOf(db)) await table.clear();
    await db.meta.delete(META.cursor);
    await db.meta.put({ key: RESET_PENDING_KEY, value: true });
  });
}

/** After a reset's pull: re-applies the outbox to records the server did not send (unsent creations). */
export async function finishReset(db: BanSoDatabase): Promise<void> {
  await db.transaction('rw', [...recordTablesOf(db), db.outbox, db.meta], async () => {
    if (!(await db.meta.get(RESET_PENDING_KEY))?.value) return;
    for (const [, entries] of await localEntriesByRecord(db)) {
      const first = entries[0];
      if (!first || (await db.recordTable(first.table).get(first.recordId))) continue;
      const record = rebase(undefined, entries);
      if (record) await db.recordTable(first.table).put(indexFields(first.table, record));
    }
    await db.meta.delete(RESET_PENDING_KEY);
  });
}
