// The only way the app writes a synced record. The row, its outbox entry and the advanced clock commit in
// ONE Dexie transaction (DESIGN invariant 1): if the tab dies at any instant, either all three are on disk
// or none is, so nothing is lost and nothing is sent that was not saved. The record is validated first.
import { decodeHlc, encodeHlc, initialClock, tick, type ClockState } from '@/domain/hlc';
import { newId } from '@/domain/ids';
import { applyMutation, type Mutation } from '@/domain/merge';
import { SCHEMA_VERSION } from '@/domain/record-base';
import { recordTables, validateRecord, type RecordTable } from '@/domain/record-tables';
import type { BanSoDatabase, StoredRecord } from './database';
import { META } from './meta';
import { indexFields } from './search-index';

export class RecordValidationError extends Error {
  constructor(readonly issues: { path: PropertyKey[]; message: string }[]) {
    super(`invalid record: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
}

export interface WriteContext {
  communeId: string;
  actor: string;
  now?: () => number;
}

/** The device's clock node: a random id made once per database, never shared. */
async function nextStamp(db: BanSoDatabase, now: number): Promise<string> {
  let node = (await db.meta.get(META.deviceNode))?.value as string | undefined;
  if (!node) {
    node = newId().replace(/-/g, '').slice(-12);
    await db.meta.put({ key: META.deviceNode, value: node });
  }
  const stored = (await db.meta.get(META.clock))?.value as string | undefined;
  const state: ClockState = stored ? { ...decodeHlc(stored), node } : initialClock(node);
  const next = tick(state, now);
  await db.meta.put({ key: META.clock, value: encodeHlc(next.state) });
  return next.stamp;
}

/** Writes `patch` to record `id` (creating it when absent) and queues the mutation, atomically. */
export async function writeRecord(
  db: BanSoDatabase,
  table: RecordTable,
  id: string,
  patch: Record<string, unknown>,
  ctx: WriteContext,
  { weak }: { weak?: string[] } = {},
): Promise<StoredRecord> {
  const now = (ctx.now ?? Date.now)();
  return db.transaction('rw', [db.recordTable(table), db.outbox, db.meta], async () => {
    const existing = await db.recordTable(table).get(id);
    const hlc = await nextStamp(db, now);
    const mutation: Mutation = {
      id,
      communeId: existing?.communeId ?? ctx.communeId,
      actor: ctx.actor,
      hlc,
      patch,
      schemaVersion: SCHEMA_VERSION,
      ...(weak?.length ? { weak } : {}),
    };
    const { record } = applyMutation(existing, mutation);
    const issues = validateRecord(table, record);
    if (issues.length > 0) throw new RecordValidationError(issues);
    const stored = indexFields(table, record);
    await db.recordTable(table).put(stored);
    await db.outbox.add({
      table,
      recordId: id,
      communeId: mutation.communeId,
      actor: ctx.actor,
      hlc,
      schemaVersion: SCHEMA_VERSION,
      patch,
      ...(weak?.length ? { weak } : {}),
      createdAt: now,
      status: 'pending',
    });
    return stored;
  });
}

/** Creates a record with a new UUIDv7 (or the given deterministic id) from its full content. */
export async function createRecord(
  db: BanSoDatabase,
  table: RecordTable,
  content: Record<string, unknown>,
  ctx: WriteContext,
  id: string = newId(),
): Promise<StoredRecord> {
  const parsed = recordTables[table].fields.safeParse(content);
  if (!parsed.success) throw new RecordValidationError(parsed.error.issues);
  return writeRecord(db, table, id, { ...parsed.data, deleted: false }, ctx);
}

/** Tombstones a record (DESIGN invariant 8); `restoreRecord` is the undo. */
export function deleteRecord(db: BanSoDatabase, table: RecordTable, id: string, ctx: WriteContext) {
  return writeRecord(db, table, id, { deleted: true }, ctx);
}

export function restoreRecord(db: BanSoDatabase, table: RecordTable, id: string, ctx: WriteContext) {
  return writeRecord(db, table, id, { deleted: false }, ctx);
}
