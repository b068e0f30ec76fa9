// Benchmark: the real sync engine against the real server (in process, PGlite) on a modelled 2G link
// (50 kbit/s up, 250 kbit/s down, 300 ms round trip). For 1,000 and 5,000 training sessions: the phone
// that recorded them pushes, a second phone pulls. Prints requests, bytes on the wire (headers included,
// bodies as sent: gzip) and the modelled time next to the floor (one round trip + the gzip size of the
// records' JSON), then an idle sync. Run: npx tsx tests/bench/sync-2g.ts [counts…]
import 'fake-indexeddb/auto';
import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
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

async function syncOnce(server: TestServer, enrolment: Enrolment, db: BanSoDatabase): Promise<Wire> {
  const wire = emptyWire();
  const transport = createHttpTransport({ serverUrl: server.url, fetch: meteredFetch(wire) });
  const outcome = await createSyncEngine({ db, transport, token: enrolment.token }).sync();
  if (!outcome.ok) throw new Error(`sync failed: ${outcome.failure}`);
  return wire;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const s = (n: number) => `${n.toFixed(1)} s`;

function report(label: string, wire: Wire, floorBytes: number, bps: number) {
  const floor = RTT_S + floorBytes / bps;
  console.log(
    `  ${label.padEnd(6)} ${String(wire.requests).padStart(3)} requests, up ${kb(wire.up).padStart(9)}, down ${kb(wire.down).padStart(9)}` +
      ` → 2G ${s(wire.seconds).padStart(7)}   floor ${s(floor).padStart(6)} (gzip JSON ${kb(floorBytes)})   ${(wire.seconds / floor).toFixed(2)}× floor`,
  );
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

/** The record without its envelope (ids, clocks, authors): what the user typed. */
function contentOf(record: Record<string, unknown>) {
  const {
    id: _i,
    communeId: _c,
    createdBy: _b,
    updatedAt: _u,
    fieldClocks: _f,
    fieldAuthors: _a,
    schemaVersion: _v,
    ...content
  } = record;
  return content;
}

async function bench(server: TestServer, count: number) {
  const writer = await enrol(server);
  const reader = await enrol(server);
  const wdb = new BanSoDatabase(`bench-w-${count}`);
  const rdb = new BanSoDatabase(`bench-r-${count}`);
  // Warm both phones up first (catalogs, team, earlier rows) so the figures are the records' alone.
  await syncOnce(server, writer, wdb);
  await syncOnce(server, reader, rdb);
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
  // The floor: the records themselves (envelope and content, as the phone stores them), gzip.
  const recordsGzip = gzipSync(JSON.stringify(records)).length;
  const contentGzip = gzipSync(JSON.stringify(records.map((r) => contentOf(r)))).length;
  const push = await syncOnce(server, writer, wdb);
  const pull = await syncOnce(server, reader, rdb);
  const pulled = await rdb.trainingSessions.count();
  console.log(
    `${count} training sessions (reader now holds ${pulled}; records gzip ${kb(recordsGzip)}, content alone ${kb(contentGzip)}):`,
  );
  report('push', push, recordsGzip, UP_BPS);
  report('pull', pull, recordsGzip, DOWN_BPS);
  return { reader, rdb };
}

async function main() {
  const counts = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const server = await startTestServer();
  try {
    let last: { reader: Enrolment; rdb: BanSoDatabase } | null = null;
    for (const count of counts.length ? counts : [1000, 5000]) last = await bench(server, count);
    if (last) {
      const idle = await syncOnce(server, last.reader, last.rdb);
      console.log(
        `idle sync: ${idle.requests} request(s), up ${idle.up} B, down ${idle.down} B (goal: 1 request, < 1 KB)`,
      );
    }
  } finally {
    await server.close();
  }
}

await main();
