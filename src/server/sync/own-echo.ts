// Never send a phone its own changes back (protocol 2, `omitEcho`). The phone already holds a pushed row
// when the version it builds on is one it has pulled (at or before its cursor, or no row at all) and the
// server's row after the push is exactly that version with the phone's applied mutations merged on top:
// the phone computed the same merge when it saved. If anything else got in — another device won a field,
// or wrote after the phone's cursor — the rows differ and the row is sent as usual.
import { applyMutation, type SyncedRecord } from '@/domain/merge';
import type { MutationResult, WireMutation } from '@/protocol/sync-messages';
import type { Queryable } from '@/server/db/database';
import { decodeCursor, isBefore } from './pull-cursor';
import { recordKey } from './record-store';

/** Per pushed (table, id): the row the phone builds on (null: the server had none). Absent: unknown. */
export type HeldRows = Map<string, SyncedRecord | null>;

/** Reads, before the push, the server's rows the phone is known to hold. */
export async function heldRows(
  db: Queryable,
  mutations: readonly WireMutation[],
  cursor: string | null,
): Promise<HeldRows> {
  const held: HeldRows = new Map();
  const position = decodeCursor(cursor);
  if (!position || mutations.length === 0) return held;
  const keys = new Map(mutations.map((m) => [recordKey(m.table, m.id), m]));
  const rows = await db.query<{ tbl: string; id: string; json: string; tx: string; seq: string }>(
    `SELECT r.tbl, r.id, r.data::text AS json, r.tx::text AS tx, r.seq::text AS seq
       FROM records r JOIN unnest($1::text[], $2::text[]) AS u(t, i) ON r.tbl = u.t AND r.id = u.i`,
    [[...keys.values()].map((m) => m.table), [...keys.values()].map((m) => m.id)],
  );
  for (const key of keys.keys()) held.set(key, null);
  for (const row of rows) {
    const key = recordKey(row.tbl, row.id);
    if (isBefore(position, { tx: BigInt(row.tx), seq: BigInt(row.seq) })) held.delete(key);
    else held.set(key, JSON.parse(row.json) as SyncedRecord);
  }
  return held;
}

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) && sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** What the phone holds for each pushed row after this push; rows whose outcome is unknown are left out. */
export function phoneRows(
  held: HeldRows,
  mutations: readonly WireMutation[],
  results: readonly MutationResult[],
): Map<string, SyncedRecord> {
  const applied = new Set(results.filter((r) => r.status === 'applied').map((r) => r.seq));
  const out = new Map<string, SyncedRecord>();
  for (const m of [...mutations].sort((a, b) => a.seq - b.seq)) {
    if (!applied.has(m.seq)) continue;
    const key = recordKey(m.table, m.id);
    if (!held.has(key)) continue;
    const base = out.get(key) ?? held.get(key) ?? undefined;
    out.set(key, applyMutation(base, m).record);
  }
  return out;
}

/** The pull's test: is this row exactly what the phone already holds? */
export function echoTest(phone: Map<string, SyncedRecord>) {
  return (table: string, id: string, json: string): boolean => {
    const mine = phone.get(recordKey(table, id));
    return mine !== undefined && sameJson(JSON.parse(json), mine);
  };
}
