// Tombstones are kept until every phone has had time to see them; purging older ones moves the purge
// horizon of each commune they belonged to, and a phone of that commune whose cursor is behind it gets a
// clean reset instead of missing a delete. Other communes' phones are not touched (per-scope horizon).
import type { Database } from '@/server/db/database';

export async function purgeTombstones(db: Database, olderThan: number): Promise<number> {
  return db.transaction(async (tx) => {
    const purged = await tx.query<{ n: number }>(
      `WITH gone AS (
         DELETE FROM records WHERE deleted AND updated_at < $1 RETURNING commune_id, tx, seq
       ), newest AS (
         SELECT DISTINCT ON (commune_id) commune_id, tx, seq FROM gone ORDER BY commune_id, tx DESC, seq DESC
       ), moved AS (
         INSERT INTO purge_horizons (commune_id, tx, seq) SELECT commune_id, tx, seq FROM newest
         ON CONFLICT (commune_id) DO UPDATE SET tx = excluded.tx, seq = excluded.seq
           WHERE (purge_horizons.tx, purge_horizons.seq) < (excluded.tx, excluded.seq)
       )
       SELECT count(*)::float8 AS n FROM gone`,
      [olderThan],
    );
    return purged[0]?.n ?? 0;
  });
}
