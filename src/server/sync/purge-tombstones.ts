// Tombstones are kept until every phone has had time to see them; purging older ones moves the purge
// horizon, and a phone whose cursor is behind it gets a clean reset instead of missing a delete.
import type { Database } from '@/server/db/database';
import { decodeCursor, encodeCursor, isBefore } from './pull-cursor';
import { PURGE_HORIZON_KEY } from './pull-page';

export async function purgeTombstones(db: Database, olderThan: number): Promise<number> {
  return db.transaction(async (tx) => {
    const purged = await tx.query<{ tx: string; seq: string }>(
      `DELETE FROM records WHERE deleted AND updated_at < $1 RETURNING tx::text AS tx, seq::text AS seq`,
      [olderThan],
    );
    if (purged.length === 0) return 0;
    let horizon = decodeCursor(null)!;
    for (const row of purged) {
      const p = { tx: BigInt(row.tx), seq: BigInt(row.seq) };
      if (isBefore(horizon, p)) horizon = p;
    }
    const [old] = await tx.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [
      PURGE_HORIZON_KEY,
    ]);
    const previous = old ? decodeCursor(old.value) : undefined;
    if (!previous || isBefore(previous, horizon))
      await tx.query(
        `INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [PURGE_HORIZON_KEY, encodeCursor(horizon)],
      );
    return purged.length;
  });
}
