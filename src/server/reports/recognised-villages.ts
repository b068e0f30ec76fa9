// The villages recognised as Thôn số (a live proposal the province confirmed), for the indicator
// "villages recognised as Thôn số" and the province screens. One query over the partial index of migration 008.
import type { Queryable } from '@/server/db/database';

export interface RecognisedVillage {
  communeId: string;
  villageId: string;
  /** Server time (ms) of the first confirmation. */
  recognisedAt: number;
}

/** Every recognised village (optionally of one commune), confirmed up to `until` (ms) when given. */
export async function recognisedVillages(
  db: Queryable,
  opts: { communeId?: string; until?: number } = {},
): Promise<RecognisedVillage[]> {
  return db.query<RecognisedVillage>(
    `SELECT commune_id AS "communeId", village_id AS "villageId",
            min((data->>'decidedAt')::float8) AS "recognisedAt"
       FROM records
      WHERE tbl = 'recognitions' AND NOT deleted AND data->>'decision' = 'confirmed'
        AND ($1::text IS NULL OR commune_id = $1)
        AND ($2::float8 IS NULL OR (data->>'decidedAt')::float8 <= $2)
      GROUP BY commune_id, village_id ORDER BY commune_id, village_id`,
    [opts.communeId ?? null, opts.until ?? null],
  );
}
