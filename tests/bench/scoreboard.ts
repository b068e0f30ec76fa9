// The province scoreboard at scale: loads RECORDS records (default 2,000,000) over 99 communes × 30
// villages and five years (05/2026–12/2030) with set-based SQL, builds the report totals from the
// recomputation views of migration 004, then prints the median latency of the year dashboard
// (GET /api/v1/admin/dashboard?period=2027), the time and server memory of the yearly province workbook
// (GET /api/v1/admin/reports/2027.xlsx), on PGlite and — with TEST_DATABASE_URL — PostgreSQL, and merges
// the figures into tests/bench/out/figures.json under "scoreboard".
// Run: npx tsx tests/bench/scoreboard.ts  [RECORDS=2000000 CALLS=7 ONLY=PGlite|PostgreSQL]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { REPORTS_API } from '@/protocol/admin-messages';
import { BACKENDS } from '../integration/support/backends';
import { startTestServer, type TestServer } from '../integration/support/test-server';

const RECORDS = Number(process.env.RECORDS ?? 2_000_000);
const CALLS = Number(process.env.CALLS ?? 7);
const COMMUNES = 99;
const VILLAGES = 30; // per commune: ~3,000 villages, the merged province's size
const BATCH = 50_000;
const YEAR = 2027;

/** By position: 3,000 Người bản số, 10 counts and 10 criteria per village, then 70 % sessions, 30 % help;
 * dates spread over 1,705 days from 01/05/2026; 3 % of sessions and help deleted. */
const FIXED = COMMUNES * VILLAGES;
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
             'business-households-ecommerce'])[1 + (i / ${FIXED}) % 10], 'value', 100 + i % 300, 'countedOn', '2027-06-01')
           ELSE jsonb_build_object('criterionCode', (ARRAY['team','channel','wifi','fibre','smartphone','vneid','epayment',
             'digital-address','camera','ecommerce'])[1 + (i / ${FIXED}) % 10], 'criteriaVersion', $3::text,
             'status', CASE WHEN i % 3 = 0 THEN 'in_progress' ELSE 'met' END, 'numerator', null, 'denominator', null,
             'note', '', 'assessedBy', 'bench-m', 'assessedOn', d)
         END, 1795000000000 + i
    FROM generate_series($1::int, $2::int) AS i
    CROSS JOIN LATERAL (SELECT (i % ${FIXED}) / ${VILLAGES} AS c, i % ${VILLAGES} AS v,
                               to_char(date '2026-05-01' + (i * 7919) % 1705, 'YYYY-MM-DD') AS d) k
    CROSS JOIN LATERAL (SELECT CASE WHEN i < ${FIXED} THEN 'banSoHelpers'
                                    WHEN i < ${FIXED * 11} THEN 'villageCounts'
                                    WHEN i < ${FIXED * 21} THEN 'checklistProgress'
                                    WHEN i % 10 < 7 THEN 'trainingSessions' ELSE 'helpActivities' END AS tbl) t`;

const REBUILD_SQL = [
  'TRUNCATE report_day_totals, report_month_totals, report_year_totals, report_village_state',
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
  'ANALYZE',
];

async function importUnits(server: TestServer): Promise<void> {
  const lines = ['commune_id,commune_name,commune_kind,village_id,village_name'];
  for (let c = 0; c < COMMUNES; c++)
    for (let v = 0; v < VILLAGES; v++) lines.push(`bench-c-${c},Xã ${c},xa,bench-c-${c}-v${v},Thôn ${v}`);
  const res = await fetch(`${server.url}/api/v1/admin/admin-units`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ csv: lines.join('\n'), version: 'bench-1' }),
  });
  if (!res.ok) throw new Error(`admin units import failed: ${res.status} ${await res.text()}`);
}

async function timed(server: TestServer, path: string, onChunk?: () => void) {
  const t0 = performance.now();
  const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${server.adminToken}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  let bytes = 0;
  for await (const chunk of res.body!) {
    bytes += (chunk as Uint8Array).byteLength;
    onChunk?.();
  }
  return { ms: performance.now() - t0, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

async function run(name: string, databaseUrl: string | undefined) {
  const server = await startTestServer({ databaseUrl });
  try {
    await importUnits(server);
    const [criteria] = await server.query<{ version: string }>(
      `SELECT version FROM catalogs WHERE kind = 'criteria' ORDER BY published_seq DESC LIMIT 1`,
    );
    const t0 = performance.now();
    for (let from = 0; from < RECORDS; from += BATCH)
      await server.query(INSERT_SQL, [from, Math.min(RECORDS, from + BATCH) - 1, criteria?.version ?? '']);
    const loadS = (performance.now() - t0) / 1000;
    const t1 = performance.now();
    for (const sql of REBUILD_SQL) await server.query(sql);
    const totalsS = (performance.now() - t1) / 1000;
    const [rows] = await server.query<{ days: number; months: number }>(
      `SELECT (SELECT count(*) FROM report_day_totals)::float8 AS days, (SELECT count(*) FROM report_month_totals)::float8 AS months`,
    );

    const dashboard: number[] = [];
    for (let i = 0; i < CALLS; i++)
      dashboard.push((await timed(server, `${REPORTS_API.dashboard}?period=${YEAR}`)).ms);
    const commune: number[] = [];
    for (let i = 0; i < CALLS; i++)
      commune.push((await timed(server, `${REPORTS_API.dashboard}?period=${YEAR}&communeId=bench-c-7`)).ms);
    const range: number[] = [];
    for (let i = 0; i < CALLS; i++)
      range.push((await timed(server, `${REPORTS_API.dashboard}?period=${YEAR}-03-15..${YEAR}-09-20`)).ms);

    global.gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    const timer = setInterval(sample, 20);
    const xlsx = await timed(server, REPORTS_API.yearReport(YEAR), sample);
    clearInterval(timer);
    const figures = {
      records: RECORDS,
      villages: FIXED,
      loadS: Math.round(loadS),
      totalsBuildS: Math.round(totalsS),
      dayTotalsRows: rows?.days,
      monthTotalsRows: rows?.months,
      dashboardYearMedianMs: Math.round(median(dashboard)),
      dashboardOneCommuneMedianMs: Math.round(median(commune)),
      dashboardCustomRangeMedianMs: Math.round(median(range)),
      xlsxYearS: Math.round(xlsx.ms / 100) / 10,
      xlsxBytes: xlsx.bytes,
      xlsxRssBeforeMb: mb(base.rss),
      xlsxPeakRssMb: mb(peakRss),
      xlsxRssGrowthMb: mb(peakRss - base.rss),
      xlsxHeapGrowthMb: mb(peakHeap - base.heapUsed),
    };
    const goal = name === 'PGlite' ? 500 : 150;
    console.log(
      `${name.padEnd(10)} records=${RECORDS} villages=${FIXED} (loaded ${figures.loadS} s, totals built ${figures.totalsBuildS} s: ` +
        `${figures.dayTotalsRows} day rows, ${figures.monthTotalsRows} month rows)\n` +
        `  dashboard ${YEAR}, province: median ${figures.dashboardYearMedianMs} ms (goal ≤ ${goal} ms ${figures.dashboardYearMedianMs <= goal ? '✓' : '✗'}; runs ${dashboard.map(Math.round).join(', ')})\n` +
        `  dashboard ${YEAR}, one commune: median ${figures.dashboardOneCommuneMedianMs} ms; custom range: median ${figures.dashboardCustomRangeMedianMs} ms\n` +
        `  workbook ${YEAR}.xlsx, province: ${figures.xlsxYearS} s (goal ≤ 10 s ${figures.xlsxYearS <= 10 ? '✓' : '✗'}), ${mb(xlsx.bytes)} MB; ` +
        `process RSS ${figures.xlsxRssBeforeMb} → peak ${figures.xlsxPeakRssMb} MB (+${figures.xlsxRssGrowthMb} MB, goal ≤ 300 MB ${figures.xlsxRssGrowthMb <= 300 ? '✓' : '✗'}), JS heap +${figures.xlsxHeapGrowthMb} MB`,
    );
    return figures;
  } finally {
    await server.close();
  }
}

const results: Record<string, unknown> = {};
for (const backend of BACKENDS) {
  if (process.env.ONLY && process.env.ONLY !== backend.name) continue;
  if (backend.skip) {
    console.log(`${backend.name.padEnd(10)} ${backend.skip}`);
    continue;
  }
  results[backend.name] = await run(backend.name, backend.databaseUrl);
}

// Merged into the figures `npm run bench` writes, under their own key.
const outDir = join(fileURLToPath(new URL('.', import.meta.url)), 'out');
mkdirSync(outDir, { recursive: true });
const file = join(outDir, 'figures.json');
const figures = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
figures.scoreboard = { at: new Date().toISOString(), ...results };
writeFileSync(file, JSON.stringify(figures, null, 2));
console.log('scoreboard figures merged into tests/bench/out/figures.json');
