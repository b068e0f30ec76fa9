// Reading and writing synced records inside a transaction. Rows are locked by (table, id) with
// transaction-scoped advisory locks taken in one sorted order, so two devices creating the same row at
// once merge one after the other instead of the second overwriting the first. Every write stamps the
// row with the writing transaction (tx) and a fresh change number (seq): the pull cursor's key.
import type { Overwrite, SyncedRecord } from '@/domain/merge';
import type { RecordTable } from '@/domain/record-tables';
import type { Queryable } from '@/server/db/database';
import { keepReportTotals } from '@/server/reports/report-totals';

export const recordKey = (table: string, id: string) => `${table}\u0000${id}`;

export async function lockAndLoad(
  tx: Queryable,
  keys: { table: string; id: string }[],
): Promise<Map<string, SyncedRecord>> {
  const out = new Map<string, SyncedRecord>();
  if (keys.length === 0) return out;
  const tables = keys.map((k) => k.table);
  const ids = keys.map((k) => k.id);
  await tx.query(
    `SELECT pg_advisory_xact_lock(h) FROM (
       SELECT DISTINCT hashtextextended(t || ':' || i, 0) AS h FROM unnest($1::text[], $2::text[]) AS u(t, i) ORDER BY 1
     ) AS locks`,
    [tables, ids],
  );
  const rows = await tx.query<{ tbl: string; id: string; data: SyncedRecord }>(
    `SELECT r.tbl, r.id, r.data FROM records r JOIN unnest($1::text[], $2::text[]) AS u(t, i) ON r.tbl = u.t AND r.id = u.i`,
    [tables, ids],
  );
  for (const row of rows) out.set(recordKey(row.tbl, row.id), row.data);
  return out;
}

export interface RecordWrite {
  table: RecordTable;
  record: SyncedRecord;
}

export async function saveRecords(tx: Queryable, writes: RecordWrite[], now: number): Promise<void> {
  if (writes.length === 0) return;
  await keepReportTotals(tx, writes); // report totals change in this same transaction (migration 004)
  await tx.query(
    `INSERT INTO records (tbl, id, commune_id, village_id, deleted, data, updated_at)
     SELECT t, i, c, v, d, j::jsonb, $7 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[])
       AS u(t, i, c, v, d, j)
     ON CONFLICT (tbl, id) DO UPDATE SET commune_id = excluded.commune_id, village_id = excluded.village_id,
       deleted = excluded.deleted, data = excluded.data, updated_at = excluded.updated_at,
       tx = pg_current_xact_id(), seq = nextval('change_seq')`,
    [
      writes.map((w) => w.table),
      writes.map((w) => w.record.id),
      writes.map((w) => w.record.communeId),
      writes.map((w) => (typeof w.record.villageId === 'string' ? w.record.villageId : null)),
      writes.map((w) => w.record.deleted === true),
      writes.map((w) => JSON.stringify(w.record)),
      now,
    ],
  );
}

export interface AuditEntry {
  table: RecordTable;
  recordId: string;
  communeId: string;
  overwrite: Overwrite;
}

export async function saveOverwrites(
  tx: Queryable,
  entries: AuditEntry[],
  deviceId: string | null,
  now: number,
) {
  if (entries.length === 0) return;
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  await tx.query(
    `INSERT INTO overwrites (tbl, record_id, commune_id, field, lost_value, lost_clock, lost_author,
                             won_value, won_clock, won_author, device_id, at)
     SELECT t, r, c, f, lv::jsonb, lc, la, wv::jsonb, wc, wa, $11, $12
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::text[]) AS u(t, r, c, f, lv, lc, la, wv, wc, wa)`,
    [
      entries.map((e) => e.table),
      entries.map((e) => e.recordId),
      entries.map((e) => e.communeId),
      entries.map((e) => e.overwrite.field),
      entries.map((e) => json(e.overwrite.lostValue)),
      entries.map((e) => e.overwrite.lostClock),
      entries.map((e) => e.overwrite.lostAuthor),
      entries.map((e) => json(e.overwrite.wonValue)),
      entries.map((e) => e.overwrite.wonClock),
      entries.map((e) => e.overwrite.wonAuthor),
      deviceId,
      now,
    ],
  );
}
