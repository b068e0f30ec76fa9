// The benchmark page (built like the app, served under /bench/ on the app's origin): seeds the demo
// database through the app's own modules and times the training feature's exported queries and a save.
import { DEMO_COMMUNE_ID, seedDemo } from '@/storage/demo-seed';
import { BanSoDatabase, DEMO_DATABASE } from '@/storage/database';
import { META, setMeta } from '@/storage/meta';
import { createRecord } from '@/storage/record-writer';
import { listTrainingSessions, type TrainingFilter } from '@/features/training/training-queries';
import { seedTrainingSessions, VILLAGES } from './seed-records';

const MEMBER = 'sample-member-1';
let db: BanSoDatabase | null = null;
const open = () => (db ??= new BanSoDatabase(DEMO_DATABASE));

interface Timing {
  name: string;
  firstMs: number;
  medianMs: number;
  rows: number;
}

async function time(name: string, run: () => Promise<number>, runs = 7): Promise<Timing> {
  const ms: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = await run();
    ms.push(performance.now() - started);
  }
  const sorted = [...ms.slice(1)].sort((a, b) => a - b);
  return { name, firstMs: ms[0] ?? 0, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, rows };
}

const list = (filter: TrainingFilter) => async () =>
  (await listTrainingSessions(open(), filter)).items.length;

const bench = {
  /** Demo mode with the sample catalogs and team, a chosen member and village, and `count` sessions. */
  async seed(count: number): Promise<number> {
    const database = open();
    await seedDemo(database);
    await setMeta(database, META.currentMember, MEMBER);
    await setMeta(database, META.currentVillage, VILLAGES[0]);
    localStorage.setItem('ban-so:mode', 'demo');
    await seedTrainingSessions(database, DEMO_COMMUNE_ID, MEMBER, count);
    return database.trainingSessions.count();
  },

  async queries(): Promise<Timing[]> {
    const database = open();
    const firstPage = await listTrainingSessions(database, {});
    const results = [
      await time('first page (30 newest)', list({})),
      await time('next page (keyset cursor)', async () => {
        const page = await listTrainingSessions(database, {}, { after: firstPage.next });
        return page.items.length;
      }),
      await time('filter by village', list({ villageId: VILLAGES[2] })),
      await time(
        'village + date range (1 year)',
        list({ villageId: VILLAGES[2], from: '2025-01-01', to: '2025-12-31' }),
      ),
      await time('filter by topic', list({ topic: 'ai' })),
      await time('text search "nha van hoa" (broad)', list({ query: 'nha van hoa' })),
      await time('text search "lua dao" (notes)', list({ query: 'lua dao' })),
      await time('text search "giang thi dua" (trainer)', list({ query: 'giang thi dua' })),
    ];
    results.push(
      await time(
        'save one record (validate + row + outbox)',
        async () => {
          await createRecord(
            database,
            'trainingSessions',
            {
              villageId: VILLAGES[0],
              date: '2026-11-24',
              place: 'Nhà văn hóa thôn (bench)',
              durationMinutes: 60,
              topics: ['vneid'],
              trainers: ['Vàng A Sử'],
              targetGroup: 'residents',
              language: 'vi',
              attendees: { total: 12, women: 6, ethnicMinority: 10, ageBands: {} },
              outcomes: {},
              notes: '',
            },
            { communeId: DEMO_COMMUNE_ID, actor: MEMBER },
          );
          return 1;
        },
        5,
      ),
    );
    return results;
  },

  close(): void {
    db?.close();
    db = null;
  },
};

(window as unknown as { bench: typeof bench }).bench = bench;
const ready = document.getElementById('ready');
if (ready) ready.textContent = 'ready';
