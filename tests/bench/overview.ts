// Province overview at scale: loads RECORDS records (default 200,000) across 99 communes into an
// in-process server with set-based SQL inserts, then prints the median latency of
// GET /api/v1/admin/overview and of the first page of GET /api/v1/admin/records, on PGlite and — when
// TEST_DATABASE_URL is set — on PostgreSQL. Run: npx tsx tests/bench/overview.ts  [RECORDS=200000 CALLS=5 ONLY=PGlite|PostgreSQL EXPLAIN=1]
import { performance } from 'node:perf_hooks';
import { RECORDS_SQL } from '@/server/admin/records-route';
import { BACKENDS } from '../integration/support/backends';
import { startTestServer, type TestServer } from '../integration/support/test-server';
import { importUnits, insertRecords } from './bench-load';

const RECORDS = Number(process.env.RECORDS ?? 200_000);
const CALLS = Number(process.env.CALLS ?? 5);
const COMMUNES = 99;
const VILLAGES_PER_COMMUNE = 5;
const BATCH = 20_000;

/** Rows by position: 60 % sessions, 20 % help, 10 % helpers, 10 % checklist progress; 3 % deleted. */
const INSERT_SQL = `
  INSERT INTO records (tbl, id, commune_id, village_id, deleted, data, updated_at)
  SELECT t.tbl, 'bench-' || i, 'bench-c-' || (i % ${COMMUNES}),
         'bench-c-' || (i % ${COMMUNES}) || '-v' || (i % ${VILLAGES_PER_COMMUNE}), i % 33 = 0,
         CASE t.tbl
           WHEN 'trainingSessions' THEN jsonb_build_object('date', '2026-10-01', 'place', 'Nhà văn hoá',
             'attendees', jsonb_build_object('total', 20 + i % 7, 'women', 10, 'ethnicMinority', 15, 'ageBands', '{}'::jsonb))
           WHEN 'helpActivities' THEN jsonb_build_object('date', '2026-10-02', 'kind', 'vneid',
             'helperId', 'h', 'peopleHelped', 1 + i % 3, 'householdsHelped', 1)
           WHEN 'banSoHelpers' THEN jsonb_build_object('name', 'Người ' || i, 'phone', '', 'active', i % 4 <> 0)
           ELSE jsonb_build_object('criterionCode', 'c' || (i % 10), 'criteriaVersion', $3::text,
             'status', CASE WHEN i % 2 = 0 THEN 'met' ELSE 'in_progress' END, 'assessedOn', '2026-10-03')
         END, 1795000000000 + i
    FROM generate_series($1::int, $2::int) AS i
    CROSS JOIN LATERAL (SELECT CASE WHEN i % 10 < 6 THEN 'trainingSessions' WHEN i % 10 < 8 THEN 'helpActivities'
                                    WHEN i % 10 < 9 THEN 'banSoHelpers' ELSE 'checklistProgress' END AS tbl) t`;

async function medianMs(server: TestServer, path: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const t0 = performance.now();
    const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${server.adminToken}` } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.json();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function run(name: string, databaseUrl: string | undefined): Promise<void> {
  const server = await startTestServer({ databaseUrl });
  try {
    await importUnits(server, COMMUNES, VILLAGES_PER_COMMUNE);
    const { loadS, criteriaVersion } = await insertRecords(server, INSERT_SQL, RECORDS, BATCH);
    await server.query('ANALYZE records');
    const overview = await medianMs(server, '/api/v1/admin/overview');
    const drill = await medianMs(
      server,
      '/api/v1/admin/records?communeId=bench-c-7&table=trainingSessions&limit=50',
    ).catch(() => Number.NaN); // NaN: a server without the drill-down endpoint
    if (process.env.EXPLAIN) {
      const plan = await server.query<Record<string, string>>(`EXPLAIN ANALYZE ${RECORDS_SQL}`, [
        'bench-c-7',
        'trainingSessions',
        null,
        criteriaVersion,
        51,
      ]);
      console.log(plan.map((r) => Object.values(r)[0]).join('\n'));
    }
    console.log(
      `${name.padEnd(10)} records=${RECORDS} communes=${COMMUNES} (loaded in ${loadS.toFixed(1)} s): ` +
        `overview median ${overview.toFixed(0)} ms, records page median ${drill.toFixed(0)} ms (${CALLS} calls each)`,
    );
  } finally {
    await server.close();
  }
}

for (const backend of BACKENDS) {
  if (process.env.ONLY && process.env.ONLY !== backend.name) continue;
  if (backend.skip) {
    console.log(`${backend.name.padEnd(10)} ${backend.skip}`);
    continue;
  }
  await run(backend.name, backend.databaseUrl);
}
