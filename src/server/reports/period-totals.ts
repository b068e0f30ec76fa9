// Reads the report totals of migration 004 for a period: whole years from the year table, other whole
// months from the month table, the ragged edges of a custom range from the day table (flowSource, which the
// scoreboard's per-village reads in village-totals.ts share), and rows summed per village or commune, facet
// and key (periodFlows) for the contributions and the workbook's training sheet; devices' freshness.
import { splitPeriod, type Period } from '@/domain/periods';
import type { Queryable } from '@/server/db/database';
import type { FlowFacet } from './report-facts';

export interface FacetSums {
  records: number;
  people: number;
  women: number;
  ethnicMinority: number;
  households: number;
}
export interface FlowRow extends FacetSums {
  communeId: string;
  villageId: string;
  facet: FlowFacet;
  key: string;
}

export interface FlowQuery {
  period: Period;
  communeId: string | null;
  /** Facets summed over all their keys (key ''), e.g. session, help, criterionMet. */
  facets: FlowFacet[];
  /** Facets kept per key, optionally only some keys (null: every key). */
  keyed?: { facet: FlowFacet; keys: string[] | null }[];
  /** 'village' (default) or 'commune' rows. */
  by?: 'village' | 'commune';
}

/** Runs `sql` and returns its rows, sent as ONE JSON text of column arrays: thousands of rows cross PGlite's
 * WebAssembly boundary as one value instead of one object each (~10× faster there), and on both backends
 * each column name is written once instead of once per row (a 3,000-village year: 2.9 MB → 0.9 MB of JSON). */
async function jsonRows<T>(db: Queryable, sql: string, params: unknown[], columns: (keyof T & string)[]) {
  const arrays = columns.map((c) => `'${c}', coalesce(array_agg(t."${c}"), '{}')`).join(', ');
  const [row] = await db.query<{ cols: string }>(
    `SELECT json_build_object(${arrays})::text AS cols FROM (${sql}) AS t`,
    params,
  );
  const cols = JSON.parse(row?.cols ?? '{}') as Record<string, unknown[]>;
  const length = cols[columns[0]!]?.length ?? 0;
  const rows: T[] = new Array<T>(length);
  for (let i = 0; i < length; i++) {
    const r: Record<string, unknown> = {};
    for (const c of columns) r[c] = cols[c]![i];
    rows[i] = r as T;
  }
  return rows;
}

// Summed as float8 (exact below 2^53): a bigint sum is numeric, several times slower to add up.
const SUMS = `sum(records::float8) AS records, sum(people::float8) AS people, sum(women::float8) AS women,
              sum(ethnic_minority::float8) AS "ethnicMinority", sum(households::float8) AS households`;

/** The period's totals rows (year, month and ragged-edge day rows) of the asked facets, as SQL selecting
 * commune_id, village_id, facet, key, records, people, women, ethnic_minority and households, with its
 * parameters $1–$11 ($8: the facets summed over all their keys); a caller's own parameters follow from $12. */
export function flowSource(q: Omit<FlowQuery, 'by'>) {
  const { years, months, edgeDays } = splitPeriod(q.period);
  const keyed = q.keyed ?? [];
  const params: unknown[] = [
    months,
    years,
    edgeDays[0]?.from ?? null,
    edgeDays[0]?.to ?? null,
    edgeDays[1]?.from ?? null,
    edgeDays[1]?.to ?? null,
    q.communeId,
    q.facets,
    keyed.filter((k) => k.keys === null).map((k) => k.facet),
    keyed.flatMap((k) => (k.keys ?? []).map((key) => `${k.facet}|${key}`)),
    [...q.facets, ...keyed.map((k) => k.facet)],
  ];
  // The first term lets the (time, facet, key) indexes narrow the scan before the per-key test; each edge
  // of days is its own branch, as an OR of two ranges would turn the index-only scan into heap reads.
  const facetFilter = `facet = ANY($11::text[])
    AND (facet = ANY($8::text[]) OR facet = ANY($9::text[]) OR facet || '|' || key = ANY($10::text[]))`;
  const scope = `($7::text IS NULL OR commune_id = $7)`;
  const cols = 'commune_id, village_id, facet, key, records, people, women, ethnic_minority, households';
  const sql = `
    SELECT ${cols} FROM report_year_totals WHERE year = ANY($2::text[]) AND ${scope} AND ${facetFilter}
    UNION ALL
    SELECT ${cols} FROM report_month_totals WHERE month = ANY($1::text[]) AND ${scope} AND ${facetFilter}
    UNION ALL
    SELECT ${cols} FROM report_day_totals WHERE day BETWEEN $3 AND $4 AND ${scope} AND ${facetFilter}
    UNION ALL
    SELECT ${cols} FROM report_day_totals WHERE day BETWEEN $5 AND $6 AND ${scope} AND ${facetFilter}`;
  return { sql, params };
}

/** Sums of the flow facts of the period, per village (or commune), facet and — for keyed facets — key. */
export async function periodFlows(db: Queryable, q: FlowQuery): Promise<FlowRow[]> {
  const { sql, params } = flowSource(q);
  const village = q.by === 'commune' ? `''` : 'village_id';
  const keyExpr = `CASE WHEN facet = ANY($8::text[]) THEN '' ELSE key END`;
  return jsonRows<FlowRow>(
    db,
    `SELECT commune_id AS "communeId", ${village} AS "villageId", facet, ${keyExpr} AS key, ${SUMS}
       FROM (${sql}) AS t
      GROUP BY 1, 2, 3, 4`,
    params,
    ['communeId', 'villageId', 'facet', 'key', 'records', 'people', 'women', 'ethnicMinority', 'households'],
  );
}

export interface DeviceFreshness {
  communeId: string;
  devices: number;
  lastSyncAt: number | null;
  silentDevices: number;
}

/** Enrolled (not revoked) phones per commune: last sync and how many are silent since `silentBefore`. */
export async function deviceFreshness(
  db: Queryable,
  communeId: string | null,
  silentBefore: number,
): Promise<DeviceFreshness[]> {
  return db.query<DeviceFreshness>(
    `SELECT commune_id AS "communeId", count(*)::float8 AS devices, max(last_sync_at)::float8 AS "lastSyncAt",
            count(*) FILTER (WHERE last_sync_at IS NULL OR last_sync_at < $2)::float8 AS "silentDevices"
       FROM devices WHERE revoked_at IS NULL AND commune_id IS NOT NULL AND ($1::text IS NULL OR commune_id = $1)
      GROUP BY commune_id`,
    [communeId, silentBefore],
  );
}
