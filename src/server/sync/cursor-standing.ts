// Where a phone's pull cursor stands before a page is read: one the server never issued (beyond the
// database's transaction and change counters: forged, or from before a restore) or behind its scope's
// tombstone purge horizon gets a reset (invariant 8). Also returns how far every transaction is finished,
// so a page that exhausts the scope can move the cursor past other communes' changes.
import type { Queryable } from '@/server/db/database';
import { isBefore, START, type CursorPosition } from './pull-cursor';

export interface CursorStanding {
  reset: boolean;
  /** (xmin, 0): every transaction below xmin has ended, so a scope read whole up to here stays read. */
  caughtUp: CursorPosition;
}

export async function cursorStanding(
  db: Queryable,
  communeId: string | null,
  position: CursorPosition,
): Promise<CursorStanding> {
  const [row] = await db.query<{ xmin: string; xmax: string; last_seq: string; horizons: string[] | null }>(
    `SELECT pg_snapshot_xmin(s)::text AS xmin, pg_snapshot_xmax(s)::text AS xmax,
            (SELECT last_value FROM change_seq)::text AS last_seq,
            (SELECT array_agg(tx::text || '.' || seq::text) FROM purge_horizons
              WHERE $1::text IS NULL OR commune_id = $1 OR commune_id = '*') AS horizons
       FROM pg_current_snapshot() AS s`,
    [communeId],
  );
  if (!row) throw new Error('cursor standing: no snapshot');
  const caughtUp = { tx: BigInt(row.xmin), seq: 0n };
  if (position === START) return { reset: false, caughtUp };
  const issuable = position.tx <= BigInt(row.xmax) && position.seq <= BigInt(row.last_seq);
  const purged = (row.horizons ?? []).some((h) => {
    const [tx, seq] = h.split('.');
    return isBefore(position, { tx: BigInt(tx ?? 0), seq: BigInt(seq ?? 0) });
  });
  return { reset: !issuable || purged, caughtUp };
}
