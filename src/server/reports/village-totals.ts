// The scoreboard's reads of the report totals, shaped per village by the database: one JSON text whose
// JSON.parse yields the very objects the village facts are made of ({village: {facet: sums}}, {village:
// {counts, criteria met}}). Three thousand villages' rows built into objects one by one cost the province
// dashboard more than its queries did; here each village id crosses once and no row object is made.
import type { Queryable } from '@/server/db/database';
import { flowSource, SUMS, type FlowQuery } from './period-totals';

/** records, people, women, ethnic minority, households — the sums of one facet (or facet|key) of a village. */
export type FlowSums = readonly [number, number, number, number, number];
/** Per village id: per summed facet ('session') or keyed facet and key ('topic|vneid'), its sums. */
export type VillageFlows = Readonly<Record<string, Readonly<Record<string, FlowSums>>>>;

/** Per village id: its counts and the criterion codes it meets, as of a day (absent: none). */
export type VillageStates = Readonly<
  Record<string, { counts?: Readonly<Record<string, number>>; met?: readonly string[] }>
>;

async function parsed<T>(db: Queryable, sql: string, params: unknown[]): Promise<T> {
  const [row] = await db.query<{ doc: string | null }>(`SELECT (${sql})::text AS doc`, params);
  return JSON.parse(row?.doc ?? '{}') as T;
}

/** The period's flow sums per village, facet and — for keyed facets — key (see FlowQuery). */
export function villageFlows(db: Queryable, q: Omit<FlowQuery, 'by'>): Promise<VillageFlows> {
  const { sql, params, summedFacets } = flowSource(q);
  const name = `CASE WHEN facet = ANY(${summedFacets}) THEN facet ELSE facet || '|' || key END`;
  return parsed<VillageFlows>(
    db,
    `SELECT json_object_agg(village_id, sums) FROM (
       SELECT village_id, json_object_agg(name, json_build_array(records, people, women, "ethnicMinority", households)) AS sums
         FROM (SELECT village_id, ${name} AS name, ${SUMS} FROM (${sql}) AS t GROUP BY 1, 2) AS f
        GROUP BY village_id) AS v`,
    params,
  );
}

/** Per village, the topic sums of `a` and `b` added, for the given topics (two adjoining windows as one). */
export function addedFlows(a: VillageFlows, b: VillageFlows, topics: readonly string[]): VillageFlows {
  const out: Record<string, Record<string, FlowSums>> = {};
  for (const flows of [a, b])
    for (const [village, sums] of Object.entries(flows))
      for (const topic of topics) {
        const add = sums[`topic|${topic}`];
        if (!add) continue;
        const into = (out[village] ??= {});
        const had = into[`topic|${topic}`];
        into[`topic|${topic}`] = had ? (had.map((n, i) => n + add[i]!) as unknown as FlowSums) : add;
      }
  return out;
}

/** Village counts and criteria met as they were at the end of `day` (migration 011): each key's value
 * from the latest day it was counted or assessed, on or before `day`. Criterion keys are
 * `version|code`; `met` lists the codes. */
export function villageStatesAsOf(
  db: Queryable,
  communeId: string | null,
  countCodes: string[],
  criterionKeys: string[],
  day: string,
): Promise<VillageStates> {
  return parsed<VillageStates>(
    db,
    // One branch per facet, each `key = ANY(...)`: an index scan in (facet, key, village, day desc) order
    // per key, so DISTINCT ON keeps each key's latest row.
    `SELECT json_object_agg(village_id, json_strip_nulls(json_build_object('counts', counts, 'met', met))) FROM (
       SELECT village_id,
              json_object_agg(key, amount) FILTER (WHERE facet = 'count') AS counts,
              json_agg(substr(key, strpos(key, '|') + 1)) FILTER (WHERE facet = 'criterionMet' AND records > 0) AS met
         FROM (SELECT DISTINCT ON (facet, key, village_id) village_id, facet, key, records, amount::float8 AS amount
                 FROM (SELECT * FROM report_state_history
                        WHERE facet = 'count' AND key = ANY($2::text[]) AND on_day <= $4
                          AND ($1::text IS NULL OR commune_id = $1)
                       UNION ALL
                       SELECT * FROM report_state_history
                        WHERE facet = 'criterionMet' AND key = ANY($3::text[]) AND on_day <= $4
                          AND ($1::text IS NULL OR commune_id = $1)) AS h
                ORDER BY facet, key, village_id, on_day DESC) AS latest
        WHERE records <> 0
        GROUP BY village_id) AS v`,
    [communeId, countCodes, criterionKeys, day],
  );
}

/** Active Người bản số per village id, as they are now (their records carry no date). */
export function activeHelpers(
  db: Queryable,
  communeId: string | null,
): Promise<Readonly<Record<string, number>>> {
  return parsed<Record<string, number>>(
    db,
    `SELECT json_object_agg(village_id, n) FROM (
       SELECT village_id, sum(records)::float8 AS n FROM report_village_state
        WHERE facet = 'activeHelper' AND ($1::text IS NULL OR commune_id = $1) AND records <> 0
        GROUP BY village_id) AS v`,
    [communeId],
  );
}
