// The scoreboard's reads of the report totals, one row of numbers per village: the database sums each
// village's facets into a fixed-position array (a FILTER per position) and sends all villages as ONE JSON
// text that it writes by plain concatenation. Three thousand villages' rows built into objects in Node one
// by one, or turned into JSON value by value in the database, cost the province dashboard more than its
// queries did.
import type { Queryable } from '@/server/db/database';
import type { Activity } from '@/protocol/admin-messages';
import { flowSource, type FlowQuery } from './period-totals';
import { emptyActivity } from './village-facts';

/** Runs `sql` (selecting village_id and `a`, an array of numbers) and returns each village's numbers. The
 * ids are escaped by to_json; the numbers (integer sums: digits only) are joined as JSON arrays as they
 * are, NULL as null — both aggregates read the rows in the same order. */
async function villageNumbers(db: Queryable, sql: string, params: unknown[]) {
  const [row] = await db.query<{ doc: string }>(
    `SELECT '{"ids":' || to_json(coalesce(array_agg(v.village_id), '{}'))::text
            || ',"numbers":[' || coalesce(string_agg('[' || array_to_string(v.a, ',', 'null') || ']', ','), '')
            || ']}' AS doc
       FROM (${sql}) AS v`,
    params,
  );
  return JSON.parse(row?.doc ?? '{"ids":[],"numbers":[]}') as { ids: string[]; numbers: (number | null)[][] };
}

/** Each Activity figure, summed from the facets of migration 004's flow facts. */
const ACTIVITY_SUMS: readonly (readonly [keyof Activity, string])[] = [
  ['sessions', `sum(records) FILTER (WHERE facet = 'session')`],
  ['attendees', `sum(people) FILTER (WHERE facet = 'session')`],
  ['women', `sum(women) FILTER (WHERE facet = 'session')`],
  ['ethnicMinority', `sum(ethnic_minority) FILTER (WHERE facet = 'session')`],
  ['helpActivities', `sum(records) FILTER (WHERE facet = 'help')`],
  ['peopleHelped', `sum(people) FILTER (WHERE facet = 'help')`],
  ['householdsHelped', `sum(households) FILTER (WHERE facet = 'help')`],
  ['criteriaMet', `sum(records) FILTER (WHERE facet = 'criterionMet')`],
  ['withPhotos', `sum(records) FILTER (WHERE facet = 'evidence')`],
];

export interface VillagePeriod {
  /** Null where only attendances were asked. */
  activity: Activity | null;
  /** Attendances per topic code asked. */
  trained: Record<string, number>;
}

/** Per village of the period's totals: its activity (if asked) and the attendances of the given topics. */
export async function villagePeriod(
  db: Queryable,
  q: Pick<FlowQuery, 'period' | 'communeId'> & { activity: boolean; topics: readonly string[] },
): Promise<Map<string, VillagePeriod>> {
  const { sql, params } = flowSource({
    period: q.period,
    communeId: q.communeId,
    facets: q.activity ? ['session', 'help', 'criterionMet', 'evidence'] : [],
    keyed: [{ facet: 'topic', keys: [...q.topics] }],
  });
  const sums = [
    ...(q.activity ? ACTIVITY_SUMS.map(([, sum]) => sum) : []),
    // The topics are parameter $12; only their positions are written into the text.
    ...q.topics.map((_, i) => `sum(people) FILTER (WHERE facet = 'topic' AND key = ($12::text[])[${i + 1}])`),
  ];
  if (sums.length === 0) return new Map();
  const rows = await villageNumbers(
    db,
    `SELECT village_id, array[${sums.join(', ')}] AS a FROM (${sql}) AS t GROUP BY village_id`,
    q.topics.length > 0 ? [...params, q.topics] : params, // PostgreSQL refuses a parameter not in the text
  );
  // Indexed loops: 3,000 villages × two periods on every dashboard request.
  const fields = ACTIVITY_SUMS.map(([field]) => field);
  const topicsAt = q.activity ? fields.length : 0;
  const out = new Map<string, VillagePeriod>();
  for (let v = 0; v < rows.ids.length; v++) {
    const a = rows.numbers[v]!;
    let activity: Activity | null = null;
    if (q.activity) {
      activity = emptyActivity();
      for (let f = 0; f < fields.length; f++) activity[fields[f]!] = a[f] ?? 0;
    }
    const trained: Record<string, number> = {};
    for (let t = 0; t < q.topics.length; t++) trained[q.topics[t]!] = a[topicsAt + t] ?? 0;
    out.set(rows.ids[v]!, { activity, trained });
  }
  return out;
}

/** Per village, the attendances of `topics` in two adjoining windows added (the plan-to-date of a year). */
export function addedTrained(
  a: ReadonlyMap<string, VillagePeriod>,
  b: ReadonlyMap<string, VillagePeriod>,
  topics: readonly string[],
) {
  const out = new Map<string, Record<string, number>>();
  for (const source of [a, b])
    for (const [id, { trained }] of source) {
      const into = out.get(id) ?? {};
      for (const topic of topics) into[topic] = (into[topic] ?? 0) + (trained[topic] ?? 0);
      out.set(id, into);
    }
  return out;
}

export interface VillageStateAsOf {
  counts: Record<string, number>;
  /** Criterion codes met. */
  met: string[];
}

/** Village counts and criteria met as they were at the end of `day` (migration 011): each key's value from
 * the latest day it was counted or assessed, on or before `day`. Criterion keys are `version|code`. */
export async function villageStateAsOf(
  db: Queryable,
  q: {
    communeId: string | null;
    countCodes: readonly string[];
    criterionKeys: readonly string[];
    day: string;
  },
): Promise<Map<string, VillageStateAsOf>> {
  const keys = [
    ...q.countCodes.map((key) => ['count', key] as const),
    ...q.criterionKeys.map((key) => ['criterionMet', key] as const),
  ];
  const out = new Map<string, VillageStateAsOf>();
  if (keys.length === 0) return out;
  // Per key, an index scan already in (village, day desc) order: DISTINCT ON keeps its latest row unsorted.
  const positions = keys.map((_, i) => `max(l.value) FILTER (WHERE k.ord = ${i + 1})`);
  const rows = await villageNumbers(
    db,
    `SELECT l.village_id, array[${positions.join(', ')}] AS a
       FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS k(facet, key, ord),
            LATERAL (SELECT DISTINCT ON (village_id) village_id, records,
                            CASE WHEN k.facet = 'count' THEN amount ELSE records END AS value
                       FROM report_state_history
                      WHERE facet = k.facet AND key = k.key AND on_day <= $4
                        AND ($1::text IS NULL OR commune_id = $1)
                      ORDER BY village_id, on_day DESC) AS l
      WHERE l.records <> 0
      GROUP BY l.village_id`,
    [q.communeId, keys.map(([facet]) => facet), keys.map(([, key]) => key), q.day],
  );
  const facets = keys.map(([facet]) => facet);
  const names = keys.map(([facet, key]) => (facet === 'count' ? key : key.slice(key.indexOf('|') + 1)));
  for (let v = 0; v < rows.ids.length; v++) {
    const a = rows.numbers[v]!;
    const state: VillageStateAsOf = { counts: {}, met: [] };
    for (let k = 0; k < keys.length; k++) {
      const value = a[k];
      if (value === null || value === undefined) continue;
      if (facets[k] === 'count') state.counts[names[k]!] = value;
      else if (value > 0) state.met.push(names[k]!);
    }
    out.set(rows.ids[v]!, state);
  }
  return out;
}

/** Active Người bản số per village id, as they are now (their records carry no date). */
export async function activeHelpers(db: Queryable, communeId: string | null): Promise<Map<string, number>> {
  const rows = await villageNumbers(
    db,
    `SELECT village_id, array[sum(records)] AS a FROM report_village_state
      WHERE facet = 'activeHelper' AND ($1::text IS NULL OR commune_id = $1) AND records <> 0
      GROUP BY village_id`,
    [communeId],
  );
  return new Map(rows.ids.map((id, v) => [id, rows.numbers[v]![0] ?? 0]));
}
