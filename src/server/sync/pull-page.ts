// One page of changes for a device's scope after its cursor: records (tombstones included) and the audit
// entries of overwritten values, merged in (tx, seq) order under one cursor. A cursor behind its scope's
// tombstone purge horizon, or not one of ours, answers `reset` (invariant 8); a page that exhausts the
// scope moves the cursor up to the finished transactions, so a quiet commune's cursor keeps up. Rows the
// phone already holds (its own pushed changes, see own-echo.ts) are passed over: the cursor moves past them.
import type { RecordTable } from '@/domain/record-tables';
import type { Queryable } from '@/server/db/database';
import { cursorStanding } from './cursor-standing';
import { decodeCursor, encodeCursor, later, type CursorPosition } from './pull-cursor';

/** A pulled row as JSON text straight from the database: spliced into the reply without a parse and
 * re-serialisation (most of a pull's cost on PGlite). */
export interface RawRow {
  table: RecordTable;
  json: string;
}

export interface PullPage {
  rows: RawRow[];
  /** Audit entries (WireOverwrite) as JSON text. */
  overwrites: string[];
  cursor: string;
  hasMore: boolean;
  reset: boolean;
}

export interface PageOptions {
  /** True for a record row the phone already holds: not sent, but the cursor moves past it. */
  isEcho?: (table: string, id: string, json: string) => boolean;
  /** How many rows isEcho may pass over beyond the limit (the pushed rows). */
  echoAllowance?: number;
  /** Close the page once its rows' content (records without their clocks and authors, which protocol 2
   * mostly leaves out) reaches this many bytes of JSON; at least one row is always sent. */
  maxBytes?: number;
}

const part = (source: 'records' | 'overwrites', scoped: boolean) => {
  const body =
    source === 'records'
      ? 'data'
      : `jsonb_build_object('id', id::text, 'table', tbl, 'recordId', record_id, 'communeId', commune_id,
          'field', field, 'lostValue', lost_value, 'lostClock', lost_clock, 'lostAuthor', lost_author,
          'wonValue', won_value, 'wonClock', won_clock, 'wonAuthor', won_author, 'at', at)`;
  const size =
    source === 'records'
      ? `octet_length((data - 'fieldClocks' - 'fieldAuthors')::text)`
      : `200 + octet_length(coalesce(lost_value::text, '') || coalesce(won_value::text, ''))`;
  return `(SELECT '${source === 'records' ? 'r' : 'o'}' AS kind, tbl, ${source === 'records' ? 'id' : 'record_id'} AS rid, ${body} AS body, ${size} AS size, tx, seq
             FROM ${source}, horizon
            WHERE ${scoped ? 'commune_id = $4 AND ' : ''}(tx, seq) > ($1::xid8, $2::bigint) AND tx < horizon.xmin
            ORDER BY ${scoped ? 'commune_id, ' : ''}tx, seq LIMIT $3)`;
};

const pullSql = (scoped: boolean) => `
  WITH horizon AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin)
  SELECT kind, tbl, rid, body::text AS json, size, tx::text AS tx, seq::text AS seq FROM (
    ${part('records', scoped)} UNION ALL ${part('overwrites', scoped)}
  ) AS changes ORDER BY changes.tx, changes.seq LIMIT $3`;

export async function pullPage(
  db: Queryable,
  communeId: string | null,
  cursor: string | null,
  limit: number,
  opts: PageOptions = {},
): Promise<PullPage> {
  const position = decodeCursor(cursor);
  const resetPage: PullPage = { rows: [], overwrites: [], cursor: '', hasMore: true, reset: true };
  if (!position) return resetPage;
  const standing = await cursorStanding(db, communeId, position);
  if (standing.reset) return resetPage;
  const scan = limit + (opts.isEcho ? (opts.echoAllowance ?? 0) : 0);
  const params: unknown[] = [position.tx.toString(), position.seq.toString(), scan + 1];
  if (communeId !== null) params.push(communeId);
  const found = await db.query<{
    kind: 'r' | 'o';
    tbl: RecordTable;
    rid: string;
    json: string;
    size: number;
    tx: string;
    seq: string;
  }>(pullSql(communeId !== null), params);
  const page: typeof found = [];
  let walked = 0;
  let bytes = 0;
  for (const row of found.slice(0, scan)) {
    if (page.length >= limit || (opts.maxBytes !== undefined && bytes >= opts.maxBytes)) break;
    walked++;
    if (row.kind === 'r' && opts.isEcho?.(row.tbl, row.rid, row.json)) continue;
    page.push(row);
    bytes += Number(row.size);
  }
  // The cursor moves past every row looked at, sent or passed over as an echo.
  const lastRow = found[walked - 1];
  const served: CursorPosition = lastRow ? { tx: BigInt(lastRow.tx), seq: BigInt(lastRow.seq) } : position;
  const hasMore = found.length > walked;
  // Read whole: nothing of this scope lies between here and the finished transactions, so even an
  // empty page advances (else a quiet commune's cursor would stay behind every later purge horizon).
  const next = hasMore ? served : later(served, standing.caughtUp);
  return {
    rows: page.filter((r) => r.kind === 'r').map((r) => ({ table: r.tbl, json: r.json })),
    overwrites: page.filter((r) => r.kind === 'o').map((r) => r.json),
    cursor: encodeCursor(next),
    hasMore,
    reset: false,
  };
}
