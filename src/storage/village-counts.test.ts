// The one store of village counts: one row per (village, code), changed fields only, last writer and time.
import { BanSoDatabase } from './database';
import { deleteRecord } from './record-writer';
import { readVillageCounts as villageCounts, saveCount } from './village-counts';

const ctx = { communeId: 'c1', actor: 'm1' };
let n = 0;
const freshDb = () => new BanSoDatabase(`count-queries-${n++}`);
const households = { villageId: 'v1', code: 'households', value: 86, countedOn: '2026-11-01' };

describe('village counts', () => {
  it('stores one row per (village, code) under the composite id, with its outbox entry', async () => {
    const db = freshDb();
    const row = await saveCount(db, households, ctx);
    expect(row?.id).toBe('v1~households');
    await saveCount(db, { ...households, value: 90, countedOn: '2026-11-20' }, ctx);
    expect(await db.villageCounts.count()).toBe(1);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => [o.table, o.recordId])).toEqual([
      ['villageCounts', 'v1~households'],
      ['villageCounts', 'v1~households'],
    ]);
    expect(outbox[0]!.patch).toEqual({ ...households, deleted: false });
    expect(outbox[1]!.patch).toEqual({ value: 90, countedOn: '2026-11-20' });
  });

  it('writes only the changed field, and nothing when nothing changed', async () => {
    const db = freshDb();
    await saveCount(db, households, ctx);
    await saveCount(db, { ...households, countedOn: '2026-11-05' }, ctx);
    expect(await saveCount(db, { ...households, countedOn: '2026-11-05' }, ctx)).toBeNull();
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => o.patch)).toEqual([
      { ...households, deleted: false },
      { countedOn: '2026-11-05' },
    ]);
  });

  it('reads the village’s live counts by code, ignoring other villages and tombstones', async () => {
    const db = freshDb();
    await saveCount(db, households, ctx);
    await saveCount(db, { ...households, code: 'adults', value: 240 }, ctx);
    await saveCount(db, { ...households, villageId: 'v2', value: 12 }, ctx);
    await deleteRecord(db, 'villageCounts', 'v1~adults', ctx);
    const counts = await villageCounts(db, 'v1');
    expect([...counts.keys()]).toEqual(['households']);
    expect(counts.get('households')).toMatchObject({ value: 86, countedOn: '2026-11-01' });
  });

  it('brings a tombstoned count back with every field when it is counted again', async () => {
    const db = freshDb();
    await saveCount(db, households, ctx);
    await deleteRecord(db, 'villageCounts', 'v1~households', ctx);
    await saveCount(db, { ...households, value: 88 }, ctx);
    expect((await villageCounts(db, 'v1')).get('households')).toMatchObject({
      value: 88,
      countedOn: '2026-11-01',
    });
    expect((await db.outbox.orderBy('seq').last())?.patch).toMatchObject({ value: 88, deleted: false });
  });

  it('says when each count was last written and by whom (the last field written wins)', async () => {
    const db = freshDb();
    const at = (iso: string) => ({ ...ctx, now: () => Date.parse(iso) });
    await saveCount(db, households, at('2026-11-01T08:00:00Z'));
    await saveCount(db, { ...households, value: 90 }, { ...at('2026-11-20T09:30:00Z'), actor: 'm2' });
    expect((await villageCounts(db, 'v1')).get('households')).toMatchObject({
      value: 90,
      updatedAt: Date.parse('2026-11-20T09:30:00Z'),
      updatedBy: 'm2',
    });
  });

  it('rejects an invalid count without writing the row or the outbox', async () => {
    const db = freshDb();
    await expect(saveCount(db, { ...households, value: -1 }, ctx)).rejects.toThrow();
    expect(await db.villageCounts.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
