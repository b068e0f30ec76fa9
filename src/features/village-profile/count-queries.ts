// A village's counted figures (households, population, adults with VNeID…): one `villageCounts` row per
// (village, count code) under the deterministic id compositeId(villageId, code), so two phones counting
// the same thing offline converge on one row (per-field last writer wins) instead of duplicating it.
import { compositeId } from '@/domain/ids';
import type { VillageCountFields } from '@/domain/checklist-progress';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';
import { writeRecord, type WriteContext } from '@/storage/record-writer';

export interface CountedValue {
  value: number;
  countedOn: string;
}

/** The village's live counts by code (a village has one row per catalog count: a handful). */
export async function villageCounts(
  db: BanSoDatabase,
  villageId: string,
): Promise<Map<string, CountedValue>> {
  const rows = await db.villageCounts
    .where('villageId')
    .equals(villageId)
    .filter((r) => !r.deleted)
    .limit(500)
    .toArray();
  return new Map(
    rows.map((r) => [String(r.code), { value: Number(r.value), countedOn: String(r.countedOn) }]),
  );
}

/** Records a count. A new (or tombstoned) row gets every field; an existing one only the changed fields. */
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
