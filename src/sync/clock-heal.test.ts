import { decodeHlc, MAX_DRIFT_MS } from '@/domain/hlc';
import { BanSoDatabase } from '@/storage/database';
import { getMeta, META } from '@/storage/meta';
import { createRecord, writeRecord } from '@/storage/record-writer';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { boundClock, healClock } from './clock-heal';

let n = 0;
const freshDb = () => new BanSoDatabase(`clock-heal-${Date.now()}-${n++}`);
const NOW = Date.parse('2026-11-20T08:00:00Z');
const DAY = 86_400_000;
const at = (millis: number) => ({ communeId: 'c1', actor: 'm1', now: () => millis });
const refuse = (db: BanSoDatabase, seq: number) =>
  db.outbox.update(seq, { status: 'rejected', reason: 'errors.clockDrift', detail: 'ahead' });

describe('clock heal', () => {
  it('bounds a clock far ahead to the server time plus the allowed drift, and leaves one within it alone', () => {
    const node = 'n1';
    expect(boundClock({ millis: NOW + DAY, counter: 7, node }, NOW)).toEqual({
      millis: NOW + MAX_DRIFT_MS,
      counter: 0,
      node,
    });
    const near = { millis: NOW + 60_000, counter: 3, node };
    expect(boundClock(near, NOW)).toBe(near);
  });

  it('re-stamps a change refused for drift under the bounded clock, as a new pending mutation, row included', async () => {
    const db = freshDb();
    const rec = await createRecord(
      db,
      'trainingSessions',
      trainingContent('v1', 'Nhà văn hóa'),
      at(NOW + DAY),
    );
    const [refused] = await db.outbox.toArray();
    await refuse(db, refused!.seq!);

    expect(await healClock(db, NOW, NOW)).toBe(1);
    const [again] = await db.outbox.toArray();
    expect(again).toMatchObject({ status: 'pending', patch: refused!.patch });
    expect(again!.seq).toBeGreaterThan(refused!.seq!);
    expect(again).not.toHaveProperty('reason');
    expect(decodeHlc(again!.hlc).millis).toBeLessThanOrEqual(NOW + MAX_DRIFT_MS);
    const row = await db.trainingSessions.get(rec.id);
    expect(new Set(Object.values(row!.fieldClocks).filter((c) => !c.startsWith('0000000000000')))).toEqual(
      new Set([again!.hlc]),
    );
    expect(row!.updatedAt).toBe(again!.hlc);
    expect(decodeHlc((await getMeta<string>(db, META.clock))!).millis).toBe(NOW + MAX_DRIFT_MS);
  });

  it('keeps the order of changes: a pending one stamped beyond reach is re-stamped before a later edit', async () => {
    const db = freshDb();
    const rec = await createRecord(db, 'trainingSessions', trainingContent('v1', 'A'), at(NOW + DAY));
    await writeRecord(db, 'trainingSessions', rec.id, { place: 'B' }, at(NOW + DAY));
    const [first] = await db.outbox.toArray();
    await refuse(db, first!.seq!); // the second is still pending, stamped a day ahead
    expect(await healClock(db, NOW, NOW)).toBe(2);
    await writeRecord(db, 'trainingSessions', rec.id, { place: 'C' }, at(NOW));
    const entries = await db.outbox.orderBy('seq').toArray();
    expect(entries.map((e) => e.patch.place)).toEqual(['A', 'B', 'C']);
    const stamps = entries.map((e) => e.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect((await db.trainingSessions.get(rec.id))?.place).toBe('C');
  });

  it('does nothing for a clock within reach and no refused change', async () => {
    const db = freshDb();
    await createRecord(db, 'trainingSessions', trainingContent('v1', 'A'), at(NOW + 5 * 60_000));
    const before = await db.outbox.toArray();
    expect(await healClock(db, NOW, NOW)).toBe(0);
    expect(await db.outbox.toArray()).toEqual(before);
  });
});
