// The scoreboard benchmark's data: 99 communes × 30 villages and RECORDS records over five years, written
// with set-based SQL, then the report totals rebuilt from the recomputation views of migration 004.
import { performance } from 'node:perf_hooks';
import type { TestServer } from '../integration/support/test-server';
import { importUnits, insertRecords } from './bench-load';

export const COMMUNES = 99;
export const VILLAGES = 30; // per commune: ~3,000 villages, the merged province's size
const BATCH = 50_000;

/** By position: 3,000 Người bản số, 10 counts (counted 01/06/2026, so a 2027 dashboard reads every village's
 * counts for both years) and 10 criteria per village, then 70 % sessions, 30 % help;
 * dates spread over 1,705 days from 01/05/2026 — a village's k-th record on day (k × 7919 + 13 × village) mod 1705, so a
 * village's ~650 records fall on ~650 different days, as in the field (a date taken from i alone would give each
 * village only 31 distinct days and flatter the day and month totals); 3 % of sessions and help deleted. */
export const FIXED = COMMUNES * VILLAGES;
const INSERT_SQL = `
  INSERT INTO records (tbl, id, commune_id, village_id, deleted, data, updated_at)
  SELECT t.tbl, 'bench-' || i, 'bench-c-' || c, 'bench-c-' || c || '-v' || v,
         t.tbl IN ('trainingSessions', 'helpActivities') AND i % 33 = 0,
         CASE t.tbl
           WHEN 'trainingSessions' THEN jsonb_build_object('date', d, 'place', 'Nhà văn hoá', 'durationMinutes', 90,
             'topics', CASE i % 4 WHEN 0 THEN '["safety","vneid"]'::jsonb WHEN 1 THEN '["vneid"]'::jsonb
                                  WHEN 2 THEN '["e-payment","safety"]'::jsonb ELSE '["smartphone"]'::jsonb END,
             'trainers', jsonb_build_array('Thành viên ' || (i % 5)), 'targetGroup', 'residents', 'language', 'hmn',
             'attendees', jsonb_build_object('total', 20 + i % 7, 'women', 10, 'ethnicMinority', 15,
                                             'ageBands', jsonb_build_object('18-35', 8)), 'outcomes', '{}'::jsonb, 'notes', '')
           WHEN 'helpActivities' THEN jsonb_build_object('date', d, 'kind', 'vneid', 'helperId', 'bench-h-' || (i % ${FIXED}),
             'peopleHelped', 1 + i % 3, 'householdsHelped', 1, 'notes', '')
           WHEN 'banSoHelpers' THEN jsonb_build_object('name', 'Người bản số ' || i, 'phone', '', 'notes', '', 'active', i % 4 <> 0)
           WHEN 'villageCounts' THEN jsonb_build_object('code', (ARRAY['households','population','adults','households-fibre',
             'adults-smartphone','adults-vneid','adults-epayment','adults-digital-skills','business-households',
             'business-households-ecommerce'])[1 + (i / ${FIXED}) % 10], 'value', 100 + i % 300, 'countedOn', '2026-06-01')
           ELSE jsonb_build_object('criterionCode', (ARRAY['team','channel','wifi','fibre','smartphone','vneid','epayment',
             'digital-address','camera','ecommerce'])[1 + (i / ${FIXED}) % 10], 'criteriaVersion', $3::text,
             'status', CASE WHEN i % 3 = 0 THEN 'in_progress' ELSE 'met' END, 'numerator', null, 'denominator', null,
             'note', '', 'assessedBy', 'bench-m', 'assessedOn', d)
         END, 1795000000000 + i
    FROM generate_series($1::int, $2::int) AS i
    CROSS JOIN LATERAL (SELECT (i % ${FIXED}) / ${VILLAGES} AS c, i % ${VILLAGES} AS v,
                               to_char(date '2026-05-01' + (((i / ${FIXED})::bigint * 7919 + (i % ${FIXED}) * 13) % 1705)::int, 'YYYY-MM-DD') AS d) k
    CROSS JOIN LATERAL (SELECT CASE WHEN i < ${FIXED} THEN 'banSoHelpers'
                                    WHEN i < ${FIXED * 11} THEN 'villageCounts'
                                    WHEN i < ${FIXED * 21} THEN 'checklistProgress'
                                    WHEN i % 10 < 7 THEN 'trainingSessions' ELSE 'helpActivities' END AS tbl) t`;

const REBUILD_SQL = [
  'TRUNCATE report_day_totals, report_month_totals, report_year_totals, report_village_state, report_state_history',
  `INSERT INTO report_day_totals (commune_id, village_id, day, facet, key, records, people, women, ethnic_minority, households)
     SELECT commune_id, village_id, day, facet, key, sum(records), sum(people), sum(women), sum(ethnic_minority), sum(households)
       FROM report_flow_facts GROUP BY commune_id, village_id, day, facet, key`,
  `INSERT INTO report_month_totals (commune_id, village_id, month, facet, key, records, people, women, ethnic_minority, households)
     SELECT commune_id, village_id, left(day, 7), facet, key, sum(records), sum(people), sum(women), sum(ethnic_minority), sum(households)
       FROM report_day_totals GROUP BY commune_id, village_id, left(day, 7), facet, key`,
  `INSERT INTO report_year_totals (commune_id, village_id, year, facet, key, records, people, women, ethnic_minority, households)
     SELECT commune_id, village_id, left(month, 4), facet, key, sum(records), sum(people), sum(women), sum(ethnic_minority), sum(households)
       FROM report_month_totals GROUP BY commune_id, village_id, left(month, 4), facet, key`,
  `INSERT INTO report_village_state (commune_id, village_id, facet, key, records, amount)
     SELECT commune_id, village_id, facet, key, sum(records), sum(amount) FROM report_state_facts
      GROUP BY commune_id, village_id, facet, key`,
  `INSERT INTO report_state_history (commune_id, village_id, facet, key, on_day, records, amount)
     SELECT commune_id, village_id, facet, key, on_day, records, amount FROM report_history_facts`,
  // What autovacuum does after a bulk load: statistics, and the visibility map for index-only scans.
  'VACUUM ANALYZE',
];

/** Units, RECORDS records, and report totals rebuilt from them; returns the seconds each step took. A kept
 * database (KEEP=1 in the bench) that already holds the records skips the load, and the rebuild too unless
 * REBUILD=1 (after a change to the totals) — null for a step skipped. */
export async function loadScoreboardData(server: TestServer, records: number, rebuild = true) {
  const [held] = await server.query<{ n: number }>(`SELECT count(*)::float8 AS n FROM records`);
  let loadS: number | null = null;
  if ((held?.n ?? 0) < records) {
    await importUnits(server, COMMUNES, VILLAGES);
    ({ loadS } = await insertRecords(server, INSERT_SQL, records, BATCH));
  }
  const [built] = await server.query<{ n: number }>(`SELECT count(*)::float8 AS n FROM report_year_totals`);
  if (!rebuild && loadS === null && (built?.n ?? 0) > 0) return { loadS, totalsS: null };
  const t1 = performance.now();
  for (const sql of REBUILD_SQL) await server.query(sql);
  return { loadS, totalsS: (performance.now() - t1) / 1000 };
}
