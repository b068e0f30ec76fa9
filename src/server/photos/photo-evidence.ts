// "Có minh chứng ảnh": how many live records carry evidence — at least one photo the province really
// holds (named by the record and received). Per commune and table, for the overview and reports.
import type { Queryable } from '@/server/db/database';

export interface PhotoEvidenceCount {
  communeId: string;
  table: string;
  /** Live records naming at least one received photo. */
  records: number;
}

export async function photoEvidence(
  db: Queryable,
  scope: { communeId?: string; table?: string } = {},
): Promise<PhotoEvidenceCount[]> {
  const rows = await db.query<{ commune_id: string; tbl: string; n: number }>(
    `SELECT r.commune_id, r.tbl, count(*)::int AS n FROM records r
      WHERE NOT r.deleted AND jsonb_typeof(r.data->'photos') = 'array'
        AND ($1::text IS NULL OR r.commune_id = $1) AND ($2::text IS NULL OR r.tbl = $2)
        AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.data->'photos') AS named(hash)
                      JOIN photos p ON p.hash = named.hash)
      GROUP BY r.commune_id, r.tbl ORDER BY r.commune_id, r.tbl`,
    [scope.communeId ?? null, scope.table ?? null],
  );
  return rows.map((r) => ({ communeId: r.commune_id, table: r.tbl, records: r.n }));
}
