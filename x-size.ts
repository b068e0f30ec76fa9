import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { BanSoDatabase } from '@/storage/database';
import { createRecord } from '@/storage/record-writer';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { contentKeys } from '@/domain/record-tables';
import { encodeBatch, compactRecord } from '@/protocol/sync-batches';
import { encodeRequestV2, encodeRowsV2 } from '@/protocol/sync-protocol-2';
import { toWire } from '@/sync/outbox-push';
const VILLAGE_A = 'sample-bx-suoi-chai';
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


const g = (x: unknown) => gzipSync(JSON.stringify(x), { level: 9 }).length;
for (const count of [1000, 5000]) {
  const db = new BanSoDatabase('x' + count);
  const random = seeded(count);
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const { searchWords: _s, ...r } = await createRecord(db, 'trainingSessions', session(random, i), { communeId: 'sample-bat-xat', actor: 'sample-member-1' });
    records.push(r);
  }
  const honest = g(records.map((r) => { const o: Record<string, unknown> = { id: r.id }; for (const k of contentKeys('trainingSessions')) o[k] = r[k]; return o; }));
  const outbox = await db.outbox.toArray();
  const muts = outbox.map(toWire);
  const push = g(encodeRequestV2({ protocol: 2, mutations: muts, cursor: 'x', catalogs: {}, clientTime: 1, omitEcho: true }));
  const rows = g(encodeRowsV2(records.map((record) => ({ table: 'trainingSessions' as const, record }))));
  console.log(count, 'honest', honest, 'push', push, (push / honest).toFixed(2), 'rows', rows, (rows / honest).toFixed(2), 'v1 muts', g(muts));
  const col = encodeBatch(records.map(compactRecord)).c as { f: Record<string, unknown> };
  for (const [k, v] of Object.entries(col.f)) console.log('  ', k, g(v), JSON.stringify(v).slice(0, 120));
}
