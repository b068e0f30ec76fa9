// The benchmark page (built like the app, served under /bench/ on the app's origin): seeds the demo
// database through the app's own modules and times the training feature's exported queries and a save,
// and the commune view's offline computation (indicators + every village's Thôn số standing).
import { appliesAt, computeIndicator } from '@/domain/indicators';
import { yearPeriod } from '@/domain/periods';
import { recognitionGaps } from '@/domain/recognition-rule';
import { communeData } from '@/features/checklist/commune-facts';
import { parseCatalog } from '@/domain/catalog';
import { currentCatalog, installCatalog } from '@/storage/catalogs';
import { DEMO_COMMUNE_ID, seedDemo } from '@/storage/demo-seed';
import { BanSoDatabase, DEMO_DATABASE } from '@/storage/database';
import { META, setMeta } from '@/storage/meta';
import { createRecord } from '@/storage/record-writer';
import { listTrainingSessions, type TrainingFilter } from '@/features/training/training-queries';
import { seedCommuneRecords, seedTrainingSessions, VILLAGES } from './seed-records';

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
    const criteria = await currentCatalog(database, 'criteria');
    const others = await seedCommuneRecords(
      database,
      DEMO_COMMUNE_ID,
      MEMBER,
      (criteria?.data.criteria ?? []).map((c) => c.code),
    );
    await seedTrainingSessions(database, DEMO_COMMUNE_ID, MEMBER, count - others);
    return (await database.trainingSessions.count()) + others;
  },

  /** The commune view's bench: demo mode on a commune of `villageCount` villages (the sample's six plus
   * bench villages, in a sample admin-units catalog marked as such) holding `count` records in all. */
  async seedCommune(villageCount: number, count: number): Promise<number> {
    const database = open();
    await seedDemo(database);
    const units = await currentCatalog(database, 'adminUnits');
    if (!units) throw new Error('no sample admin units');
    const extra = Array.from({ length: Math.max(0, villageCount - VILLAGES.length) }, (_, i) => ({
      id: `bench-village-${String(i + 1).padStart(2, '0')}`,
      communeId: DEMO_COMMUNE_ID,
      name: `Thôn thử ${i + 1}`,
    }));
    await installCatalog(
      database,
      parseCatalog({
        ...units,
        version: `${units.version}+bench-${villageCount}`,
        source: `${units.source} (benchmark: ${villageCount} thôn)`,
        data: { ...units.data, villages: [...units.data.villages, ...extra] },
      }),
    );
    const villages = [...VILLAGES, ...extra.map((v) => v.id)];
    await setMeta(database, META.currentMember, MEMBER);
    await setMeta(database, META.currentVillage, VILLAGES[0]);
    localStorage.setItem('ban-so:mode', 'demo');
    const criteria = await currentCatalog(database, 'criteria');
    const codes = (criteria?.data.criteria ?? []).map((c) => c.code);
    const others = await seedCommuneRecords(database, DEMO_COMMUNE_ID, MEMBER, codes, villages);
    await seedTrainingSessions(database, DEMO_COMMUNE_ID, MEMBER, count - others, villages);
    return (await database.trainingSessions.count()) + others;
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
      await time('commune view (indicators + Thôn số standing)', async () => {
        const [units, criteria, indicators] = await Promise.all([
          currentCatalog(database, 'adminUnits'),
          currentCatalog(database, 'criteria'),
          currentCatalog(database, 'indicators'),
        ]);
        const villages = (units?.data.villages ?? []).filter((v) => v.communeId === DEMO_COMMUNE_ID);
        const data = await communeData(database, villages, yearPeriod(2026), indicators?.data ?? null);
        let figures = 0;
        for (const indicator of indicators?.data.indicators ?? [])
          if (appliesAt(indicator, 'commune')) {
            computeIndicator(indicator, data.facts);
            figures++;
          }
        for (const v of villages) {
          const status = new Map(
            data.rows.filter((r) => r.villageId === v.id).map((r) => [r.criterionCode, r.status]),
          );
          if (criteria) recognitionGaps(criteria.data, (code) => status.get(code));
          figures++;
        }
        return figures;
      }),
    );
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
