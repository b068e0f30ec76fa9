import { BanSoDatabase } from '@/storage/database';
import { createRecord, deleteRecord } from '@/storage/record-writer';
import { changedFields } from './form-values';
import { listActivities, listHelpers, liveRecord, villageHelpers } from './helper-queries';

const ctx = { communeId: 'c1', actor: 'm1' };
let n = 0;
const freshDb = () => new BanSoDatabase(`helper-queries-${n++}`);

const helper = (villageId: string, name: string, phone = '') =>
  ({ villageId, name, phone, notes: '', active: true }) as const;

const activity = (over: Partial<Record<string, unknown>>) => ({
  villageId: 'v1',
  helperId: 'h1',
  date: '2026-11-20',
  kind: 'vneid',
  peopleHelped: 1,
  householdsHelped: 0,
  notes: '',
  ...over,
});

describe('listHelpers', () => {
  it('lists only the village’s live helpers, by name, one page at a time', async () => {
    const db = freshDb();
    for (const name of ['Vàng Thị Chư', 'Giàng A Páo', 'Lù Văn Sáng'])
      await createRecord(db, 'banSoHelpers', helper('v1', name), ctx);
    await createRecord(db, 'banSoHelpers', helper('v2', 'Giàng Seo Phử'), ctx);
    const gone = await createRecord(db, 'banSoHelpers', helper('v1', 'Hầu A Lử'), ctx);
    await deleteRecord(db, 'banSoHelpers', gone.id, ctx);

    const first = await listHelpers(db, 'v1', '', 2);
    expect(first.items.map((h) => h.name)).toEqual(['Giàng A Páo', 'Lù Văn Sáng']);
    expect(first.hasMore).toBe(true);
    const all = await listHelpers(db, 'v1', '', 10);
    expect(all.items.map((h) => h.name)).toEqual(['Giàng A Páo', 'Lù Văn Sáng', 'Vàng Thị Chư']);
    expect(all.hasMore).toBe(false);
  });

  it('finds helpers by name typed without diacritics, or by phone, only in the village', async () => {
    const db = freshDb();
    await createRecord(db, 'banSoHelpers', helper('v1', 'Giàng Thị Dua', '0912345678'), ctx);
    await createRecord(db, 'banSoHelpers', helper('v1', 'Giàng A Páo'), ctx);
    await createRecord(db, 'banSoHelpers', helper('v1', 'Đặng Thị Hoa'), ctx);
    await createRecord(db, 'banSoHelpers', helper('v2', 'Giàng Thị Mỷ'), ctx);

    const names = async (q: string) => (await listHelpers(db, 'v1', q, 10)).items.map((h) => h.name);
    expect(await names('giang thi')).toEqual(['Giàng Thị Dua']);
    expect(await names('GIANG')).toEqual(['Giàng A Páo', 'Giàng Thị Dua']);
    expect(await names('dang hoa')).toEqual(['Đặng Thị Hoa']);
    expect(await names('0912')).toEqual(['Giàng Thị Dua']);
    expect(await names('sung')).toEqual([]);
  });

  it('villageHelpers hides tombstones but keeps inactive helpers (old activities name them)', async () => {
    const db = freshDb();
    await createRecord(db, 'banSoHelpers', { ...helper('v1', 'Ma A Chống'), active: false }, ctx);
    const gone = await createRecord(db, 'banSoHelpers', helper('v1', 'Hầu A Lử'), ctx);
    await deleteRecord(db, 'banSoHelpers', gone.id, ctx);
    expect((await villageHelpers(db, 'v1')).map((h) => h.name)).toEqual(['Ma A Chống']);
    expect(await liveRecord(db, 'banSoHelpers', gone.id)).toBeNull();
  });
});

describe('listActivities', () => {
  async function seed() {
    const db = freshDb();
    const a = await createRecord(db, 'helpActivities', activity({ date: '2026-11-01' }), ctx);
    const b = await createRecord(
      db,
      'helpActivities',
      activity({ date: '2026-11-15', kind: 'e-payment' }),
      ctx,
    );
    const c = await createRecord(db, 'helpActivities', activity({ date: '2026-11-15', helperId: 'h2' }), ctx);
    const d = await createRecord(db, 'helpActivities', activity({ date: '2026-11-20', helperId: 'h2' }), ctx);
    await createRecord(db, 'helpActivities', activity({ villageId: 'v2', date: '2026-11-21' }), ctx);
    const gone = await createRecord(db, 'helpActivities', activity({ date: '2026-11-22' }), ctx);
    await deleteRecord(db, 'helpActivities', gone.id, ctx);
    return { db, ids: { a: a.id, b: b.id, c: c.id, d: d.id } };
  }

  it('lists the village’s live activities newest first, the later-logged first on the same day', async () => {
    const { db, ids } = await seed();
    const page = await listActivities(db, { villageId: 'v1' }, 10);
    expect(page.items.map((r) => r.id)).toEqual([ids.d, ids.c, ids.b, ids.a]);
    expect(page.hasMore).toBe(false);
  });

  it('pages with a limit and says whether more remain', async () => {
    const { db, ids } = await seed();
    const page = await listActivities(db, { villageId: 'v1' }, 3);
    expect(page.items.map((r) => r.id)).toEqual([ids.d, ids.c, ids.b]);
    expect(page.hasMore).toBe(true);
  });

  it('filters by helper, by kind and by an inclusive date range, combined', async () => {
    const { db, ids } = await seed();
    const ids_ = async (f: Record<string, string>, limit = 10) =>
      (await listActivities(db, { villageId: 'v1', ...f }, limit)).items.map((r) => r.id);
    expect(await ids_({ helperId: 'h2' })).toEqual([ids.d, ids.c]);
    expect(await ids_({ helperId: 'h2' }, 1)).toEqual([ids.d]);
    expect(await ids_({ kind: 'e-payment' })).toEqual([ids.b]);
    expect(await ids_({ from: '2026-11-15', to: '2026-11-15' })).toEqual([ids.c, ids.b]);
    expect(await ids_({ from: '2026-11-02' })).toEqual([ids.d, ids.c, ids.b]);
    expect(await ids_({ to: '2026-11-14' })).toEqual([ids.a]);
    expect(await ids_({ helperId: 'h1', kind: 'vneid', from: '2026-11-02' })).toEqual([]);
    expect(await ids_({ helperId: 'h1', to: '2026-11-30' })).toEqual([ids.b, ids.a]);
  });
});

describe('changedFields', () => {
  it('keeps only the fields an edit changed', () => {
    expect(changedFields({ a: 1, b: 'x', c: [1] }, { a: 1, b: 'y', c: [1] })).toEqual({ b: 'y' });
    expect(changedFields({ a: 1 }, { a: 1 })).toEqual({});
  });
});
