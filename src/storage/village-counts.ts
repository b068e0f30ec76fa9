// A village's counted figures (households, adults with VNeID…): ONE `villageCounts` row per (village, count
// code) under compositeId(villageId, code). The village profile, the checklist's ratio criteria, the commune
// view and recognition snapshots all read these rows, so they can never disagree. Each read value says when
// it was last written and by whom (the field clocks and authors of the synced row).
import { decodeHlc } from '@/domain/hlc';
import type { VillageCountFields } from '@/domain/checklist-progress';
import { compositeId } from '@/domain/ids';
import type { BanSoDatabase, StoredRecord } from './database';
import { writeRecord, type WriteContext } from './record-writer';

export interface VillageCount {
  code: string;
  value: number;
  countedOn: string;
  /** When the value or its date was last written (ms, from the record's field clocks). */
  updatedAt: number;
  /** The team member who wrote it last (id), or null when unknown. */
  updatedBy: string | null;
}

/** The counted value a live row holds, with its last writer; null for a tombstone or a malformed row. */
export function countOf(row: StoredRecord | undefined): VillageCount | null {
  if (!row || row.deleted || typeof row.value !== 'number' || typeof row.code !== 'string') return null;
  const fields = ['value', 'countedOn'].filter((f) => row.fieldClocks[f] !== undefined);
  const last = fields.sort((a, b) => (row.fieldClocks[a]! < row.fieldClocks[b]! ? 1 : -1))[0];
  const clock = last ? row.fieldClocks[last]! : row.updatedAt;
  return {
    code: row.code,
    value: row.value,
    countedOn: String(row.countedOn ?? ''),
    updatedAt: decodeHlc(clock).millis,
    updatedBy: (last ? row.fieldAuthors[last] : undefined) ?? row.createdBy ?? null,
  };
}

/** The village's live counts by code (a village has one row per catalog count: a handful). */
export async function readVillageCounts(
  db: BanSoDatabase,
  villageId: string,
): Promise<Map<string, VillageCount>> {
  const rows = await db.villageCounts.where('villageId').equals(villageId).limit(500).toArray();
  const out = new Map<string, VillageCount>();
  for (const row of rows) {
    const count = countOf(row);
    if (count) out.set(count.code, count);
  }
  return out;
}

/** Records a count. A new (or tombstoned) row gets every field; an existing one only the changed fields.
 * Runs inside the caller's Dexie transaction when there is one (a checklist save writes counts and
 * progress together). Null: nothing changed. */
export async function saveCount(
  db: BanSoDatabase,
  fields: VillageCountFields,
  ctx: WriteContext,
): Promise<StoredRecord | null> {
  const id = compositeId(fields.villageId, fields.code);
  const existing = await db.villageCounts.get(id);
  let patch: Record<string, unknown>;
  if (!existing || existing.deleted) {
    patch = { ...fields, deleted: false };
  } else {
    patch = {};
    if (existing.value !== fields.value) patch.value = fields.value;
    if (existing.countedOn !== fields.countedOn) patch.countedOn = fields.countedOn;
    if (Object.keys(patch).length === 0) return null;
  }
  return writeRecord(db, 'villageCounts', id, patch, ctx);
}
