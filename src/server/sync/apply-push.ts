// Applies a device's pushed mutations in ONE transaction with the device's last applied number, so a
// retried, partial or reordered batch changes nothing twice (DESIGN invariant 2). Each mutation gets its
// own answer: a rejected one (scope, read-only table, schema of the merged record, unknown code, clock)
// is skipped and the number still advances, so one bad record never blocks the queue (invariant 3).
// Rejections are remembered, so a retry whose first answer was lost hears the rejection again.
import { isTooFarAhead } from '@/domain/hlc';
import { applyMutation, type SyncedRecord } from '@/domain/merge';
import { ENVELOPE_KEYS, SCHEMA_VERSION } from '@/domain/record-base';
import { PROVINCE_ONLY_FIELDS, recordTables, validateRecord } from '@/domain/record-tables';
import type { MutationResult, WireMutation } from '@/protocol/sync-messages';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';
import { describeIssues } from '@/server/http/parse-body';
import { containsNul } from '@/server/http/text-hygiene';
import { checkCodes, type CodeBook } from './code-book';
import { recognisedAmong, recognitionPushProblem } from './recognition-push';
import {
  lockAndLoad,
  recordKey,
  saveOverwrites,
  saveRecords,
  type AuditEntry,
  type RecordWrite,
} from './record-store';

const ENVELOPE = new Set<string>(ENVELOPE_KEYS);

type Verdict = { reason: string; detail?: string } | null;

function precheck(m: WireMutation, communeId: string | null, now: number): Verdict {
  // First, so no later detail echoes the NUL into a row (PostgreSQL text cannot hold it).
  if (containsNul(m)) return { reason: 'errors.invalidRecord', detail: 'text contains a NUL character' };
  if (communeId === null) return { reason: 'errors.outOfScope', detail: 'province devices read only' };
  if (!recordTables[m.table].writable) return { reason: 'errors.readOnlyTable', detail: m.table };
  if (m.communeId !== communeId) return { reason: 'errors.outOfScope', detail: `communeId: ${m.communeId}` };
  if (isTooFarAhead(m.hlc, now)) return { reason: 'errors.clockDrift', detail: m.hlc };
  if (m.schemaVersion > SCHEMA_VERSION)
    return { reason: 'errors.invalidRecord', detail: `schemaVersion ${m.schemaVersion}` };
  const fields = new Set(Object.keys(recordTables[m.table].fields.shape));
  const provinceOnly = PROVINCE_ONLY_FIELDS[m.table] ?? [];
  for (const [key, value] of Object.entries(m.patch)) {
    if (provinceOnly.includes(key)) return { reason: 'errors.provinceOnlyField', detail: `field ${key}` };
    if (key === 'deleted') {
      if (typeof value !== 'boolean') return { reason: 'errors.invalidRecord', detail: 'deleted' };
    } else if (ENVELOPE.has(key) || !fields.has(key))
      return { reason: 'errors.invalidRecord', detail: `field ${key}` };
  }
  return null;
}

export async function applyPush(
  tx: Queryable,
  deviceId: string,
  mutations: WireMutation[],
  now: number,
  book: CodeBook | null,
): Promise<MutationResult[]> {
  // The device row lock serialises concurrent requests of one device (a retry racing its original).
  const [device] = await tx.query<{ commune_id: string | null; last: number; revoked: boolean }>(
    `SELECT commune_id, last_applied_seq::float8 AS last, revoked_at IS NOT NULL AS revoked
       FROM devices WHERE id = $1 FOR UPDATE`,
    [deviceId],
  );
  if (!device || device.revoked) throw new ApiError(401, 'revoked', 'errors.revoked');
  const ordered = [...mutations].sort((a, b) => a.seq - b.seq);
  const fresh = ordered.filter((m) => m.seq > device.last);
  const current = await lockAndLoad(
    tx,
    // An id with NUL is refused by precheck; it must not reach the lock query either.
    fresh.filter((m) => !m.id.includes('\u0000')).map((m) => ({ table: m.table, id: m.id })),
  );
  const recognised = await recognisedAmong(
    tx,
    fresh.filter((m) => m.table === 'recognitions').map((m) => String(m.patch.villageId ?? '')),
  );
  const remembered = await rememberedRejections(
    tx,
    deviceId,
    ordered.filter((m) => m.seq <= device.last).map((m) => m.seq),
  );
  const dirty = new Map<string, RecordWrite>();
  const audit: AuditEntry[] = [];
  const results = new Map<number, MutationResult>();
  let last = device.last;
  for (const m of ordered) {
    if (m.seq <= last) {
      if (!results.has(m.seq))
        results.set(m.seq, remembered.get(m.seq) ?? { seq: m.seq, status: 'duplicate' });
      continue;
    }
    last = m.seq;
    const reject = (v: NonNullable<Verdict>) =>
      results.set(m.seq, {
        seq: m.seq,
        status: 'rejected',
        reason: v.reason,
        ...(v.detail ? { detail: v.detail } : {}),
      });
    const pre = precheck(m, device.commune_id, now);
    if (pre) {
      reject(pre);
      continue;
    }
    const key = recordKey(m.table, m.id);
    const existing: SyncedRecord | undefined = current.get(key);
    if (existing && existing.communeId !== device.commune_id) {
      reject({ reason: 'errors.outOfScope', detail: `record of ${existing.communeId}` });
      continue;
    }
    const merged = applyMutation(existing, m);
    const issues = validateRecord(m.table, merged.record);
    if (issues.length > 0) {
      const key0 = issues[0]?.message ?? '';
      reject({
        reason: key0.startsWith('errors.') ? key0 : 'errors.invalidRecord',
        detail: describeIssues(issues),
      });
      continue;
    }
    const codes = book ? checkCodes(book, m.table, merged.record, m.communeId) : null;
    if (codes) {
      reject(codes);
      continue;
    }
    const proposal =
      m.table === 'recognitions' ? recognitionPushProblem(existing, merged.record, book, recognised) : null;
    if (proposal) {
      reject(proposal);
      continue;
    }
    if (merged.changed) {
      current.set(key, merged.record);
      dirty.set(key, { table: m.table, record: merged.record });
    }
    for (const overwrite of merged.overwritten)
      audit.push({ table: m.table, recordId: m.id, communeId: m.communeId, overwrite });
    results.set(m.seq, { seq: m.seq, status: 'applied' });
  }
  await saveRecords(tx, [...dirty.values()], now);
  await saveOverwrites(tx, audit, deviceId, now);
  await rememberRejections(
    tx,
    deviceId,
    [...results.values()].filter((r) => r.status === 'rejected' && r.seq > device.last),
    now,
  );
  await tx.query('UPDATE devices SET last_applied_seq = $2, last_sync_at = $3 WHERE id = $1', [
    deviceId,
    last,
    now,
  ]);
  // One answer per mutation sent: a number repeated within the request is a duplicate after its first.
  const answered = new Set<number>();
  return mutations.map((m) => {
    const first = !answered.has(m.seq);
    answered.add(m.seq);
    return (first ? results.get(m.seq) : undefined) ?? { seq: m.seq, status: 'duplicate' };
  });
}

async function rememberedRejections(
  tx: Queryable,
  deviceId: string,
  seqs: number[],
): Promise<Map<number, MutationResult>> {
  if (seqs.length === 0) return new Map();
  const rows = await tx.query<{ seq: number; reason: string; detail: string | null }>(
    `SELECT seq::float8 AS seq, reason, detail FROM rejected_mutations
      WHERE device_id = $1 AND seq = ANY($2::bigint[])`,
    [deviceId, seqs],
  );
  return new Map(
    rows.map((r) => [
      r.seq,
      { seq: r.seq, status: 'rejected', reason: r.reason, ...(r.detail ? { detail: r.detail } : {}) },
    ]),
  );
}

async function rememberRejections(tx: Queryable, deviceId: string, rejected: MutationResult[], now: number) {
  if (rejected.length === 0) return;
  await tx.query(
    `INSERT INTO rejected_mutations (device_id, seq, reason, detail, rejected_at)
     SELECT $1, s, r, d, $5 FROM unnest($2::bigint[], $3::text[], $4::text[]) AS t(s, r, d)
     ON CONFLICT (device_id, seq) DO NOTHING`,
    [
      deviceId,
      rejected.map((r) => r.seq),
      rejected.map((r) => r.reason ?? 'errors.invalidRecord'),
      rejected.map((r) => r.detail ?? null),
      now,
    ],
  );
}
