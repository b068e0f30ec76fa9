import { liveQuery } from 'dexie';
import type { TrainingSessionFields } from '@/domain/training-session';
import { BanSoDatabase } from '@/storage/database';
import { createRecord, deleteRecord, restoreRecord } from '@/storage/record-writer';
import { getTrainingSession, listTrainingSessions } from './training-queries';

const ctx = { communeId: 'c1', actor: 'm1', now: () => Date.parse('2026-11-20T08:00:00Z') };
let n = 0;
const freshDb = () => new BanSoDatabase(`training-queries-${n++}`);

const session = (over: Partial<TrainingSessionFields> = {}): TrainingSessionFields => ({
  villageId: 'v1',
  date: '2026-11-01',
  place: 'Nhà văn hóa thôn',
  durationMinutes: 60,
  topics: ['vneid'],
  trainers: ['Vàng A Sử'],
  targetGroup: 'residents',
  language: 'vi',
  attendees: { total: 10, women: 5, ethnicMinority: 8, ageBands: {} },
  outcomes: {},
  notes: '',
  ...over,
});

async function seed(db: BanSoDatabase, rows: Partial<TrainingSessionFields>[]) {
  const ids: string[] = [];
  for (const row of rows) ids.push((await createRecord(db, 'trainingSessions', session(row), ctx)).id);
  return ids;
}

const day = (i: number) => `2026-10-${String(i).padStart(2, '0')}`;

describe('training session queries', () => {
  it.each([{}, { topic: 'vneid' }, { query: 'nha' }, { villageId: 'v1', query: 'nha' }])(
    'lists %o newest first and pages with a cursor without repeating or skipping a row',
    async (filter) => {
      const db = freshDb();
      // Three sessions per day on 10 days: ties on the date must still page deterministically.
      await seed(
        db,
        Array.from({ length: 30 }, (_, i) => ({ date: day(1 + (i % 10)) })),
      );
      const seen: string[] = [];
      const dates: string[] = [];
      let page = await listTrainingSessions(db, filter, { limit: 7 });
      for (;;) {
        seen.push(...page.items.map((r) => r.id));
        dates.push(...page.items.map((r) => r.date));
        if (!page.next) break;
        page = await listTrainingSessions(db, filter, { limit: 7, after: page.next });
      }
      expect(seen).toHaveLength(30);
      expect(new Set(seen).size).toBe(30);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(dates[0]).toBe(day(10));
    },
  );

  it('returns no next cursor when the last page is exactly full', async () => {
    const db = freshDb();
    await seed(db, [{ date: day(1) }, { date: day(2) }]);
    const page = await listTrainingSessions(db, {}, { limit: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.next).toBeNull();
  });

  it('filters by village and by an inclusive date range', async () => {
    const db = freshDb();
    await seed(db, [
      { villageId: 'v1', date: day(1), place: 'A' },
      { villageId: 'v1', date: day(5), place: 'B' },
      { villageId: 'v2', date: day(5), place: 'C' },
      { villageId: 'v1', date: day(9), place: 'D' },
    ]);
    const byVillage = await listTrainingSessions(db, { villageId: 'v1' });
    expect(byVillage.items.map((r) => r.place)).toEqual(['D', 'B', 'A']);
    const ranged = await listTrainingSessions(db, { villageId: 'v1', from: day(2), to: day(9) });
    expect(ranged.items.map((r) => r.place)).toEqual(['D', 'B']);
    const allVillages = await listTrainingSessions(db, { from: day(5), to: day(5) });
    expect(allVillages.items.map((r) => r.place).sort()).toEqual(['B', 'C']);
    expect((await listTrainingSessions(db, { from: day(9), to: day(1) })).items).toEqual([]);
  });

  it('filters by topic through the multi-entry topics index', async () => {
    const db = freshDb();
    await seed(db, [
      { topics: ['vneid', 'safety'], place: 'A' },
      { topics: ['e-payment'], place: 'B' },
      { topics: ['safety'], place: 'C', villageId: 'v2' },
    ]);
    const page = await listTrainingSessions(db, { topic: 'safety' });
    expect(page.items.map((r) => r.place).sort()).toEqual(['A', 'C']);
    const inVillage = await listTrainingSessions(db, { topic: 'safety', villageId: 'v2' });
    expect(inVillage.items.map((r) => r.place)).toEqual(['C']);
  });

  it('finds "nha van hoa" in "Nhà văn hóa" and needs every query word to prefix-match', async () => {
    const db = freshDb();
    await seed(db, [
      { place: 'Nhà văn hóa thôn Suối Chải' },
      { place: 'Trường tiểu học', notes: 'Học ở nhà ông Giàng' },
      { place: 'Sân đình', trainers: ['Lý Thị Mai'] },
    ]);
    const hit = await listTrainingSessions(db, { query: 'nha van hoa' });
    expect(hit.items.map((r) => r.place)).toEqual(['Nhà văn hóa thôn Suối Chải']);
    const prefix = await listTrainingSessions(db, { query: 'suoi CH' });
    expect(prefix.items).toHaveLength(1);
    const trainer = await listTrainingSessions(db, { query: 'ly thi mai' });
    expect(trainer.items.map((r) => r.place)).toEqual(['Sân đình']);
    expect((await listTrainingSessions(db, { query: 'nha hoc xyz' })).items).toEqual([]);
  });

  it('pages through a search that matches more rows than it fetches by key, by walking the date index', async () => {
    const db = freshDb();
    await seed(
      db,
      Array.from({ length: 1100 }, (_, i) => ({ date: day(1 + (i % 28)), place: `Nhà văn hóa ${i}` })),
    );
    const first = await listTrainingSessions(db, { query: 'nha van' }, { limit: 30 });
    expect(first.items).toHaveLength(30);
    expect(first.items[0]?.date).toBe(day(28));
    const second = await listTrainingSessions(db, { query: 'nha van' }, { limit: 30, after: first.next });
    expect(second.items).toHaveLength(30);
    const ids = new Set([...first.items, ...second.items].map((r) => r.id));
    expect(ids.size).toBe(60);
  }, 60_000);

  it('pages through a sparse search by reading ids newest first, skipping deleted rows', async () => {
    const db = freshDb();
    // 600 sessions, every 6th in a tea field ("Nương chè"): the plan reads ids, then only matching rows.
    const ids = await seed(
      db,
      Array.from({ length: 600 }, (_, i) => ({
        date: day(1 + (i % 28)),
        place: i % 6 === 0 ? `Nương chè đội ${i}` : `Nhà văn hóa ${i}`,
      })),
    );
    await deleteRecord(db, 'trainingSessions', ids[6]!, ctx);
    const seen: string[] = [];
    const dates: string[] = [];
    let page = await listTrainingSessions(db, { query: 'nuong che' }, { limit: 7 });
    for (;;) {
      seen.push(...page.items.map((r) => r.id));
      dates.push(...page.items.map((r) => r.date));
      if (!page.next) break;
      page = await listTrainingSessions(db, { query: 'nuong che' }, { limit: 7, after: page.next });
    }
    expect(seen).toHaveLength(99);
    expect(new Set(seen).size).toBe(99);
    expect(seen).not.toContain(ids[6]);
    expect(dates).toEqual([...dates].sort().reverse());
  }, 60_000);

  it('hides deleted sessions from lists and from lookups by id', async () => {
    const db = freshDb();
    const [gone, kept] = await seed(db, [{ place: 'Nhà văn hóa cũ' }, { place: 'Nhà văn hóa mới' }]);
    await deleteRecord(db, 'trainingSessions', gone!, ctx);
    expect((await listTrainingSessions(db)).items.map((r) => r.id)).toEqual([kept]);
    expect((await listTrainingSessions(db, { query: 'nha' })).items.map((r) => r.id)).toEqual([kept]);
    expect(await getTrainingSession(db, gone!)).toBeUndefined();
    expect((await getTrainingSession(db, kept!))?.place).toBe('Nhà văn hóa mới');
  });

  it.each([{}, { villageId: 'v1' }, { topic: 'vneid' }, { query: 'nha van' }, { topic: 'ai', query: 'zzz' }])(
    're-runs a live list %o when a deleted session is restored or a new one appears',
    async (filter) => {
      const db = freshDb();
      const [id] = await seed(db, [{ place: 'Nhà văn hóa' }]);
      await deleteRecord(db, 'trainingSessions', id!, ctx);
      const counts: number[] = [];
      const settle = () => new Promise((r) => setTimeout(r, 100));
      const sub = liveQuery(() => listTrainingSessions(db, filter)).subscribe((p) =>
        counts.push(p.items.length),
      );
      await settle();
      await restoreRecord(db, 'trainingSessions', id!, ctx);
      await settle();
      await seed(db, [{ place: 'Nhà văn hóa zzz', topics: ['ai', 'vneid'] }]);
      await settle();
      sub.unsubscribe();
      expect(counts[0]).toBe(0);
      expect(counts.at(-1)).toBe(Object.keys(filter).length === 2 ? 1 : 2);
      expect(counts.length).toBeGreaterThanOrEqual(Object.keys(filter).length === 2 ? 2 : 3);
    },
  );
});
