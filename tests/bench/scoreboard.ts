// The province scoreboard at scale: loads RECORDS records (default 2,000,000) over 99 communes × 30
// villages and five years (05/2026–12/2030) with set-based SQL, builds the report totals from the
// recomputation views of migration 004, then prints the median latency of the year dashboard
// (GET /api/v1/admin/dashboard?period=2027), the time and server memory of the yearly province workbook
// (GET /api/v1/admin/reports/2027.xlsx), on PGlite and — with TEST_DATABASE_URL — PostgreSQL, and merges
// the figures into tests/bench/out/figures.json under "scoreboard".
// Run: npx tsx tests/bench/scoreboard.ts  [RECORDS=2000000 CALLS=7 ONLY=PGlite|PostgreSQL]
// KEEP=1 keeps the loaded database (PostgreSQL schema bench_keep_<RECORDS>, PGlite directory of the same name
// in the temporary directory) and reuses it on the next run; REBUILD=1 rebuilds its totals again. A kept
// database signs in with BENCH_ADMIN_PASSWORD, which KEEP sets before the server starts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { REPORTS_API } from '@/protocol/admin-messages';
import { BACKENDS } from '../integration/support/backends';
import type { TestServer } from '../integration/support/test-server';
import { FIXED, loadScoreboardData } from './scoreboard-data';

const RECORDS = Number(process.env.RECORDS ?? 2_000_000);
const CALLS = Number(process.env.CALLS ?? 7);
const YEAR = 2027;
const KEEP = process.env.KEEP === '1';
const KEPT = `bench_keep_${RECORDS}`;
if (KEEP) process.env.BENCH_ADMIN_PASSWORD ??= 'bench-keep-admin';
const { startTestServer } = await import('../integration/support/test-server'); // after the password is set

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

/** PGlite runs in this thread: a long load blocks the event loop, so the keep-alive socket of the last
 * request before it and the server's idle timer both expire at once afterwards, and the first request
 * meets a reset. One untimed request, retried once, takes that socket out of the pool before timing. */
async function settleConnections(server: TestServer): Promise<void> {
  for (let i = 0; i < 2; i++)
    try {
      await (await fetch(`${server.url}/api/v1/health`)).arrayBuffer();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

async function run(name: string, databaseUrl: string | undefined) {
  // PGlite keeps its files in a directory, as `npm start` does: 2 million records do not fit in memory.
  const dataDir = databaseUrl
    ? undefined
    : KEEP
      ? join(tmpdir(), KEPT)
      : mkdtempSync(join(tmpdir(), 'ban-so-bench-'));
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const server = await startTestServer({
    databaseUrl,
    dataDir,
    ...(KEEP && databaseUrl ? { schema: KEPT } : {}),
  });
  try {
    const { loadS, totalsS } = await loadScoreboardData(
      server,
      RECORDS,
      !KEEP || process.env.REBUILD === '1',
    );
    const [rows] = await server.query<{ days: number; months: number }>(
      `SELECT (SELECT count(*) FROM report_day_totals)::float8 AS days, (SELECT count(*) FROM report_month_totals)::float8 AS months`,
    );

    await settleConnections(server);
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
      loadS: loadS === null ? 'kept' : Math.round(loadS),
      totalsBuildS: totalsS === null ? 'kept' : Math.round(totalsS),
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
      `${name.padEnd(10)} records=${RECORDS} villages=${FIXED} (${loadS === null ? 'database kept from an earlier run' : `loaded ${figures.loadS} s`}, ${totalsS === null ? 'its totals kept' : `totals built ${figures.totalsBuildS} s`}: ` +
        `${figures.dayTotalsRows} day rows, ${figures.monthTotalsRows} month rows)\n` +
        `  dashboard ${YEAR}, province: median ${figures.dashboardYearMedianMs} ms (goal ≤ ${goal} ms ${figures.dashboardYearMedianMs <= goal ? '✓' : '✗'}; runs ${dashboard.map(Math.round).join(', ')})\n` +
        `  dashboard ${YEAR}, one commune: median ${figures.dashboardOneCommuneMedianMs} ms; custom range: median ${figures.dashboardCustomRangeMedianMs} ms\n` +
        `  workbook ${YEAR}.xlsx, province: ${figures.xlsxYearS} s (goal ≤ 10 s ${figures.xlsxYearS <= 10 ? '✓' : '✗'}), ${mb(xlsx.bytes)} MB; ` +
        `process RSS ${figures.xlsxRssBeforeMb} → peak ${figures.xlsxPeakRssMb} MB (+${figures.xlsxRssGrowthMb} MB, goal ≤ 300 MB ${figures.xlsxRssGrowthMb <= 300 ? '✓' : '✗'}), JS heap +${figures.xlsxHeapGrowthMb} MB`,
    );
    return figures;
  } finally {
    await server.close();
    if (dataDir && !KEEP) rmSync(dataDir, { recursive: true, force: true });
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
const previous = (figures.scoreboard ?? {}) as Record<string, unknown>;
figures.scoreboard = { ...previous, at: new Date().toISOString(), ...results }; // one backend at a time keeps the other's
writeFileSync(file, JSON.stringify(figures, null, 2));
console.log('scoreboard figures merged into tests/bench/out/figures.json');
