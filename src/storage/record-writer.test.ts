import { BanSoDatabase } from './database';
import {
  createRecord,
  deleteRecord,
  RecordValidationError,
  restoreRecord,
  writeRecord,
} from './record-writer';

const ctx = { communeId: 'c1', actor: 'm1', now: () => Date.parse('2026-11-20T08:00:00Z') };
const helper = { villageId: 'v1', name: 'Giàng Thị Dua', phone: '', notes: '', active: true };
let n = 0;
const freshDb = () => new BanSoDatabase(`writer-${n++}`);

describe('record writer', () => {
  it('commits the record and its outbox entry together, numbered in order', async () => {
    const db = freshDb();
    const a = await createRecord(db, 'banSoHelpers', helper, ctx);
    await writeRecord(db, 'banSoHelpers', a.id, { name: 'Giàng Thị Dua (Mông)' }, ctx);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => [o.recordId, o.patch.name])).toEqual([
      [a.id, 'Giàng Thị Dua'],
      [a.id, 'Giàng Thị Dua (Mông)'],
    ]);
    expect(outbox[0]!.hlc < outbox[1]!.hlc).toBe(true);
    expect((await db.banSoHelpers.get(a.id))?.name).toBe('Giàng Thị Dua (Mông)');
  });

  it('leaves neither the row nor the outbox entry when the write fails validation', async () => {
    const db = freshDb();
    await expect(createRecord(db, 'banSoHelpers', { ...helper, name: '' }, ctx)).rejects.toBeInstanceOf(
      RecordValidationError,
    );
    const a = await createRecord(db, 'banSoHelpers', helper, ctx);
    await expect(writeRecord(db, 'banSoHelpers', a.id, { phone: '12' }, ctx)).rejects.toBeInstanceOf(
      RecordValidationError,
    );
    expect(await db.outbox.count()).toBe(1);
    expect((await db.banSoHelpers.get(a.id))?.phone).toBe('');
  });

  it('leaves neither when the transaction aborts after the row was put', async () => {
    const db = freshDb();
    // Make the outbox insert fail inside the same transaction: the row put must roll back with it.
    db.outbox.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(createRecord(db, 'banSoHelpers', helper, ctx)).rejects.toThrow('disk full');
    expect(await db.banSoHelpers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('tombstones on delete and brings the record back on undo', async () => {
    const db = freshDb();
    const a = await createRecord(db, 'banSoHelpers', helper, ctx);
    await deleteRecord(db, 'banSoHelpers', a.id, ctx);
    expect((await db.banSoHelpers.get(a.id))?.deleted).toBe(true);
    await restoreRecord(db, 'banSoHelpers', a.id, ctx);
    expect((await db.banSoHelpers.get(a.id))?.deleted).toBe(false);
    expect(await db.outbox.count()).toBe(3);
  });
});
