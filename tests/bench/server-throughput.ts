// Server throughput: 200 simulated phones enrol, then push at once to the in-process server over HTTP on
// 127.0.0.1 (gzip bodies, like phones), in bounded rounds. Prints mutations/s and p50/p99 request
// latency, on PGlite and — when TEST_DATABASE_URL is set — on PostgreSQL.
// Run: npx tsx tests/bench/server-throughput.ts  [DEVICES=200 ROUNDS=5 BATCH=20]
import { performance } from 'node:perf_hooks';
import { BACKENDS } from '../integration/support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, VILLAGE_A, VILLAGE_B } from '../integration/support/sync-client';
import { startTestServer } from '../integration/support/test-server';

const DEVICES = Number(process.env.DEVICES ?? 200);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BATCH = Number(process.env.BATCH ?? 20);
const PULL_LIMIT = Number(process.env.PULL_LIMIT ?? 200);

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function run(name: string, databaseUrl: string | undefined): Promise<void> {
  const server = await startTestServer({ databaseUrl });
  try {
    const phones: Phone[] = [];
    for (let i = 0; i < DEVICES; i++)
      phones.push(await Phone.enrol(server, i % 2 === 0 ? COMMUNE_A : COMMUNE_B));
    await Promise.all(phones.map((p) => p.pullAll())); // first sync: catalogs and team
    const latencies: number[] = [];
    let applied = 0;
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      phones.map(async (phone) => {
        const villageId = phone.enrolment.communeId === COMMUNE_A ? VILLAGE_A : VILLAGE_B;
        for (let round = 0; round < ROUNDS; round++) {
          const batch = Array.from({ length: BATCH }, () => phone.newTraining({ villageId }));
          const t0 = performance.now();
          const res = await phone.sync(batch, { pullLimit: PULL_LIMIT });
          latencies.push(performance.now() - t0);
          if (res.status !== 200) failed += batch.length;
          else applied += res.body.results.filter((r) => r.status === 'applied').length;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const [{ n } = { n: 0 }] = await server.query<{ n: number }>(
      `SELECT count(*)::float8 AS n FROM records WHERE tbl = 'trainingSessions'`,
    );
    const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
    console.log(
      `${name.padEnd(10)} devices=${DEVICES} requests=${latencies.length} mutations=${applied} (stored ${n}, failed ${failed}) ` +
        `in ${seconds.toFixed(1)} s → ${Math.round(applied / seconds)} mutations/s, ${Math.round(latencies.length / seconds)} requests/s; ` +
        `latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms; rss ${rss} MB`,
    );
  } finally {
    await server.close();
  }
}

for (const backend of BACKENDS) {
  if (backend.skip) {
    console.log(`${backend.name.padEnd(10)} ${backend.skip}`);
    continue;
  }
  await run(backend.name, backend.databaseUrl);
}
