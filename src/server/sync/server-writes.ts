// Records the province itself writes (team members): merged with the same applyMutation as phone
// pushes, stamped with a server HLC later than the row's own clock, and stored with tx/seq so they
// reach the commune's phones through the ordinary pull.
import { decodeHlc, encodeHlc, type Hlc } from '@/domain/hlc';
import { applyMutation, type SyncedRecord } from '@/domain/merge';
import { SCHEMA_VERSION } from '@/domain/record-base';
import { validateRecord, type RecordTable } from '@/domain/record-tables';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';
import { describeIssues } from '@/server/http/parse-body';
import { lockAndLoad, recordKey, saveOverwrites, saveRecords } from './record-store';

export const PROVINCE_ACTOR = 'province';

function serverStamp(now: number, existing: SyncedRecord | undefined): Hlc {
  const stamp = encodeHlc({ millis: now, counter: 0, node: PROVINCE_ACTOR });
  if (!existing || existing.updatedAt < stamp) return stamp;
  const last = decodeHlc(existing.updatedAt);
  return encodeHlc({ millis: last.millis, counter: last.counter + 1, node: PROVINCE_ACTOR });
}

export async function writeServerRecord(
  tx: Queryable,
  table: RecordTable,
  id: string,
  communeId: string,
  patch: Record<string, unknown>,
  now: number,
): Promise<SyncedRecord> {
  const existing = (await lockAndLoad(tx, [{ table, id }])).get(recordKey(table, id));
  if (existing && existing.communeId !== communeId)
    throw new ApiError(
      409,
      'commune_mismatch',
      'errors.outOfScope',
      `${table} ${id} belongs to ${existing.communeId}`,
    );
  const merged = applyMutation(existing, {
    id,
    communeId,
    actor: PROVINCE_ACTOR,
    hlc: serverStamp(now, existing),
    patch,
    schemaVersion: SCHEMA_VERSION,
  });
  const issues = validateRecord(table, merged.record);
  if (issues.length > 0)
    throw new ApiError(400, 'invalid_record', 'errors.invalidRecord', describeIssues(issues));
  if (merged.changed) await saveRecords(tx, [{ table, record: merged.record }], now);
  await saveOverwrites(
    tx,
    merged.overwritten.map((overwrite) => ({ table, recordId: id, communeId, overwrite })),
    null,
    now,
  );
  return merged.record;
}
