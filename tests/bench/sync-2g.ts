// Benchmark: the real sync engine against the real server (in process, PGlite) on a modelled 2G link
// (50 kbit/s up, 250 kbit/s down, 300 ms round trip). For 1,000 and 5,000 training sessions: the phone
// that recorded them pushes, a second phone pulls. Prints requests, bytes on the wire (headers included,
// bodies as sent: gzip) and the modelled time next to two floors: the old one (one round trip + gzip of
// the records as the phone stores them, clocks included) and the honest one (one round trip + gzip -9 of
// the plain JSON export: id and the fields the user entered). Writes `syncHonestFloorRatio` into
// tests/bench/out/figures.json. Run: npx tsx tests/bench/sync-2g.ts [counts…]
import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { contentKeys } from '@/domain/record-tables';
import { BanSoDatabase } from '@/storage/database';
import { createRecord } from '@/storage/record-writer';
import type { Enrolment } from '@/storage/session-store';
import { createSyncEngine } from '@/sync/sync-engine';
import { createHttpTransport, postEnrol, type FetchLike } from '@/sync/sync-transport';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { COMMUNE_A, VILLAGE_A } from '../integration/support/sync-client';
import { startTestServer, type TestServer } from '../integration/support/test-server';

const RTT_S = 0.3;
const UP_BPS = 50_000 / 8;
const DOWN_BPS = 250_000 / 8;

interface Wire {
  requests: number;
  up: number;
  down: number;
  seconds: number;
}

const emptyWire = (): Wire => ({ requests: 0, up: 0, down: 0, seconds: 0 });

/** fetch over node:http that keeps the body exactly as it crossed the wire (gzip) and counts it. */
function meteredFetch(wire: Wire): FetchLike {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const body = Buffer.from(init.body as Uint8Array);
      const headers: Record<string, string> = {
        ...(init.headers as Record<string, string>),
        'accept-encoding': 'gzip',
        'content-length': String(body.length),
      };
      const target = new URL(url);
      const req = httpRequest(
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const raw = Buffer.concat(chunks);
            const headerBytes = res.rawHeaders.reduce((s, h) => s + h.length + 2, 0) + 17;
            const up =
              body.length +
              `POST ${target.pathname} HTTP/1.1\r\n`.length +
              Object.entries({ ...headers, host: target.host }).reduce(
                (s, [k, v]) => s + k.length + v.length + 4,
                2,
              );
            const down = raw.length + headerBytes;
            wire.requests++;
            wire.up += up;
            wire.down += down;
            wire.seconds += RTT_S + up / UP_BPS + down / DOWN_BPS;
            resolve(new Response(raw, { status: res.statusCode ?? 500 }));
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}

async function enrol(server: TestServer): Promise<Enrolment> {
  const code = await server.enrolmentCode(COMMUNE_A);
  const res = await postEnrol({ serverUrl: server.url }, { protocol: 1, code, deviceName: 'bench' });
  return { ...res, serverUrl: server.url, enrolledAt: Date.now() };
}

type Protocol = 1 | 2;
/** Both protocols side by side in one run: the old phones' (1) and the current one. */
const PROTOCOLS: Protocol[] = [1, 2];

async function syncOnce(
  server: TestServer,
  enrolment: Enrolment,
  db: BanSoDatabase,
  protocol: Protocol,
): Promise<Wire> {
  const wire = emptyWire();
  const transport = createHttpTransport({ serverUrl: server.url, fetch: meteredFetch(wire), protocol });
  const outcome = await createSyncEngine({ db, transport, token: enrolment.token }).sync();
  if (!outcome.ok) throw new Error(`sync failed: ${outcome.failure}`);
  return wire;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (n: number) => `${n.toFixed(1)} s`;

interface Floors {
  /** gzip (level 6) of the records as the phone stores them: envelope, clocks and authors included. */
  oldBytes: number;
  /** gzip -9 of the plain JSON export: the id and the fields the user entered, nothing else. */
  honestBytes: number;
}

interface Leg {
  wire: Wire;
  oldRatio: number;
  honestRatio: number;
}

function leg(label: string, wire: Wire, floors: Floors, bps: number): Leg {
  const oldFloor = RTT_S + floors.oldBytes / bps;
  const honestFloor = RTT_S + floors.honestBytes / bps;
  const result = { wire, oldRatio: wire.seconds / oldFloor, honestRatio: wire.seconds / honestFloor };
  console.log(
    `  ${label.padEnd(11)} ${String(wire.requests).padStart(3)} requests, up ${kb(wire.up).padStart(9)}, down ${kb(wire.down).padStart(9)}` +
      ` → 2G ${s(wire.seconds).padStart(7)}   old floor ${s(oldFloor).padStart(6)} ${result.oldRatio.toFixed(2)}×` +
      `   honest floor ${s(honestFloor).padStart(6)} ${result.honestRatio.toFixed(2)}×`,
  );
  return result;
}

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same records. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  'Nhà văn hóa thôn',
  'Trường tiểu học',
  'Trạm y tế xã',
  'Sân bóng',
  'Nhà trưởng thôn',
  'Chợ phiên',
];
const TRAINERS = ['Vàng A Sử', 'Lý Thị Mai', 'Lò Văn Minh', 'Giàng Seo Phủ', 'Tẩn Láo Lở'];
const TOPICS = ['vneid', 'public-services', 'e-payment', 'e-commerce', 'safety', 'smartphone', 'ai'];
const LANGUAGES = ['vi', 'hmn', 'dao', 'tay', 'giay'];

/** A realistic, varied training session. */
function session(random: () => number, i: number) {
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const total = 5 + Math.floor(random() * 40);
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 11);
  return {
    ...trainingContent(VILLAGE_A, `${pick(PLACES)} ${1 + Math.floor(random() * 9)}`),
    date: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    durationMinutes: 30 + 15 * Math.floor(random() * 8),
    topics: [...new Set([pick(TOPICS), pick(TOPICS)])],
    trainers: [pick(TRAINERS)],
    language: pick(LANGUAGES),
    attendees: {
      total,
      women: Math.floor(random() * total),
      ethnicMinority: Math.floor(random() * total),
      ageBands: { '18-35': Math.floor((random() * total) / 2) },
    },
    outcomes: { 'vneid-activated': Math.floor(random() * total) },
    notes:
      i % 4 === 0
        ? `Buổi ${i}: bà con mang theo căn cước, ${Math.floor(random() * 10)} người cần hỗ trợ thêm`
        : '',
  };
}

/** What a user would export: the id and the fields they entered (no clocks, device or sync metadata). */
function exportOf(record: Record<string, unknown>) {
  const out: Record<string, unknown> = { id: record.id };
  for (const key of contentKeys('trainingSessions')) if (key in record) out[key] = record[key];
  return out;
}

interface Run {
  push: Leg;
  pull: Leg;
  reader: Enrolment;
  rdb: BanSoDatabase;
}

async function bench(server: TestServer, count: number, protocol: Protocol): Promise<Run> {
  const writer = await enrol(server);
  const reader = await enrol(server);
  const wdb = new BanSoDatabase(`bench-w-${count}-p${protocol}`);
  const rdb = new BanSoDatabase(`bench-r-${count}-p${protocol}`);
  // Warm both phones up first (catalogs, team, earlier rows) so the figures are the records' alone.
  await syncOnce(server, writer, wdb, protocol);
  await syncOnce(server, reader, rdb, protocol);
  const ctx = { communeId: COMMUNE_A, actor: 'sample-member-1' };
  const random = seeded(count);
  const records = [];
  for (let i = 0; i < count; i++) {
    const {
      searchWords: _s,
      topicDays: _t,
      ...record
    } = await createRecord(wdb, 'trainingSessions', session(random, i), ctx);
    records.push(record);
  }
  const floors: Floors = {
    oldBytes: gzipSync(JSON.stringify(records)).length,
    honestBytes: gzipSync(JSON.stringify(records.map(exportOf)), { level: 9 }).length,
  };
  const push = await syncOnce(server, writer, wdb, protocol);
  const pull = await syncOnce(server, reader, rdb, protocol);
  const pulled = await rdb.trainingSessions.count();
  if (pulled < count) throw new Error(`the reader holds ${pulled} of ${count} records`);
  console.log(
    `${count} training sessions, protocol ${protocol} (records as stored: gzip ${kb(floors.oldBytes)}; export: gzip -9 ${kb(floors.honestBytes)}):`,
  );
  return {
    push: leg('push', push, floors, UP_BPS),
    pull: leg('pull', pull, floors, DOWN_BPS),
    reader,
    rdb,
  };
}

/** Adds this benchmark's figures to tests/bench/out/figures.json (written first by `npm run bench`). */
function writeFigures(figures: Record<string, unknown>): void {
  const outDir = join(fileURLToPath(new URL('.', import.meta.url)), 'out');
  const file = join(outDir, 'figures.json');
  mkdirSync(outDir, { recursive: true });
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as object) : {};
  writeFileSync(file, JSON.stringify({ ...previous, ...figures }, null, 2));
  console.log('sync figures written to tests/bench/out/figures.json');
}

const round = (n: number) => Math.round(n * 100) / 100;

async function main() {
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const server = await startTestServer();
  const runs = new Map<string, Run>();
  try {
    for (const count of counts.length ? counts : [1000, 5000])
      for (const protocol of PROTOCOLS)
        runs.set(`${count}/${protocol}`, await bench(server, count, protocol));
    const last = [...runs.values()].at(-1);
    if (last) {
      const idle = await syncOnce(server, last.reader, last.rdb, PROTOCOLS.at(-1)!);
      console.log(
        `idle sync: ${idle.requests} request(s), up ${idle.up} B, down ${idle.down} B (goal: 1 request, < 1 KB)`,
      );
    }
  } finally {
    await server.close();
  }
  const ratios = (protocol: Protocol) => {
    const of = (count: number) => runs.get(`${count}/${protocol}`);
    return {
      push1000: of(1000) && round(of(1000)!.push.honestRatio),
      push5000: of(5000) && round(of(5000)!.push.honestRatio),
      pull1000: of(1000) && round(of(1000)!.pull.honestRatio),
      pull5000: of(5000) && round(of(5000)!.pull.honestRatio),
    };
  };
  const current = PROTOCOLS.at(-1)!;
  writeFigures({
    syncHonestFloorRatio: ratios(current),
    syncHonestFloorRatioByProtocol: Object.fromEntries(PROTOCOLS.map((p) => [p, ratios(p)])),
  });
}

await main();
