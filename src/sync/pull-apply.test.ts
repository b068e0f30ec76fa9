import { applyMutation, type SyncedRecord } from '@/domain/merge';
import { BanSoDatabase } from '@/storage/database';
import { getMeta, META } from '@/storage/meta';
import { createRecord, writeRecord } from '@/storage/record-writer';
import { createFakeSyncServer } from '@tests/doubles/fake-sync-server';
import { applyPullPage, resetLocal } from './pull-apply';
import { createSyncEngine } from './sync-engine';
import { trainingContent, writer } from '@tests/doubles/sync-fixtures';

let n = 0;
const freshDb = () => new BanSoDatabase(`pull-${Date.now()}-${n++}`);
const t0 = Date.parse('2026-11-20T08:00:00Z');
const noWait = { sleep: async () => {}, random: () => 0 };
const stamp = (ms: number, node: string) => `${String(ms).padStart(13, '0')}:0000:${node}`;

describe('applying pulled rows', () => {
  it("rebases this phone's unsent edit over a pulled row, so the edit is not clobbered", async () => {
    const db = freshDb();
    const created = await createRecord(
      db,
      'trainingSessions',
      trainingContent('v1', 'Nhà văn hóa'),
      writer('c1', 'm1', () => t0),
    );
    await db.outbox.clear(); // the creation was acknowledged long ago
    await writeRecord(
      db,
      'trainingSessions',
      created.id,
      { place: 'Trường tiểu học' },
      writer('c1', 'm1', () => t0 + 60_000),
    );
    // Meanwhile another phone changed the notes on the server (and its older copy of place came back).
    const server = applyMutation(created, {
      id: created.id,
      communeId: 'c1',
      actor: 'm2',
      hlc: stamp(t0 + 30_000, 'other'),
      patch: { notes: 'Mang thêm máy chiếu' },
    }).record;
    await applyPullPage(
      db,
      { rows: [{ table: 'trainingSessions', record: server }], cursor: 'k1', overwrites: [] },
      t0,
    );
    const row = await db.trainingSessions.get(created.id);
    expect(row).toMatchObject({ place: 'Trường tiểu học', notes: 'Mang thêm máy chiếu' });
    expect(row?.searchWords).toEqual(expect.arrayContaining(['truong', 'may', 'chieu']));
    expect(await db.outbox.count()).toBe(1);
    expect(await getMeta(db, META.cursor)).toBe('k1');
  });

  it("keeps the server's newer value when it is newer than the unsent edit", async () => {
    const db = freshDb();
    const created = await createRecord(
      db,
      'trainingSessions',
      trainingContent('v1', 'A'),
      writer('c1', 'm1', () => t0),
    );
    const server: SyncedRecord = applyMutation(created, {
      id: created.id,
      communeId: 'c1',
      actor: 'm2',
      hlc: stamp(t0 + 120_000, 'other'),
      patch: { place: 'B' },
    }).record;
    await applyPullPage(
      db,
      { rows: [{ table: 'trainingSessions', record: server }], cursor: 'k', overwrites: [] },
      t0,
    );
    expect((await db.trainingSessions.get(created.id))?.place).toBe('B');
  });

  it("moves the phone's clock past the newest pulled stamp, so its next edit wins over what it saw", async () => {
    const db = freshDb();
    const created = await createRecord(
      db,
      'trainingSessions',
      trainingContent('v1', 'A'),
      writer('c1', 'm1', () => t0),
    );
    const ahead = applyMutation(created, {
      id: created.id,
      communeId: 'c1',
      actor: 'm2',
      hlc: stamp(t0 + 10 * 60_000, 'fast'),
      patch: { place: 'B' },
    }).record;
    await applyPullPage(
      db,
      { rows: [{ table: 'trainingSessions', record: ahead }], cursor: 'k', overwrites: [] },
      t0,
    );
    const mine = await writeRecord(
      db,
      'trainingSessions',
      created.id,
      { place: 'C' },
      writer('c1', 'm1', () => t0 + 1000),
    );
    expect(mine.place).toBe('C');
    expect(mine.fieldClocks.place! > ahead.fieldClocks.place!).toBe(true);
  });

  it('stores overwritten values from the server in the audit trail, once', async () => {
    const db = freshDb();
    const created = await createRecord(
      db,
      'trainingSessions',
      trainingContent('v7', 'A'),
      writer('c1', 'm1', () => t0),
    );
    const overwrite = {
      id: 'ow-1',
      table: 'trainingSessions' as const,
      recordId: created.id,
      communeId: 'c1',
      field: 'place',
      lostValue: 'A',
      lostClock: stamp(t0, 'x'),
      lostAuthor: 'm1',
      wonValue: 'B',
      wonClock: stamp(t0 + 1, 'y'),
      wonAuthor: 'm2',
      at: t0 + 5,
    };
    const page = { rows: [], cursor: 'k', overwrites: [overwrite] };
    await applyPullPage(db, page, t0);
    await applyPullPage(db, page, t0);
    const conflicts = await db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      field: 'place',
      lostValue: 'A',
      wonValue: 'B',
      villageId: 'v7',
      seenAt: t0 + 5,
    });
  });
});

describe('reset', () => {
  it('wipes the synced tables and the cursor but never the outbox', async () => {
    const db = freshDb();
    await createRecord(db, 'trainingSessions', trainingContent('v1', 'A'), writer('c1', 'm1'));
    await db.meta.put({ key: META.cursor, value: 'old' });
    await resetLocal(db);
    expect(await db.trainingSessions.count()).toBe(0);
    expect(await getMeta(db, META.cursor)).toBeUndefined();
    expect(await db.outbox.count()).toBe(1);
  });

  it('pulls everything again from the start and re-applies the changes still in the outbox', async () => {
    const server = createFakeSyncServer({
      reject: (m) => (m.patch.place === 'Giữ lại' ? 'errors.outOfScope' : null),
    });
    const other = freshDb();
    await createRecord(other, 'trainingSessions', trainingContent('v1', 'Từ máy khác'), writer('c1', 'm2'));
    await createSyncEngine({
      db: other,
      transport: server.transport(),
      token: 'other',
      retry: noWait,
    }).sync();

    const db = freshDb();
    const engine = createSyncEngine({ db, transport: server.transport(), token: 'me', retry: noWait });
    await engine.sync();
    const kept = await createRecord(
      db,
      'trainingSessions',
      trainingContent('v1', 'Giữ lại'),
      writer('c1', 'm1'),
    );
    await engine.sync(); // rejected: stays in the outbox
    const pending = await createRecord(
      db,
      'trainingSessions',
      trainingContent('v1', 'Chưa gửi'),
      writer('c1', 'm1'),
    );
    server.resetOnNextRequest();
    const outcome = await engine.sync();
    expect(outcome.ok).toBe(true);
    expect(server.requests.some((r) => r.cursor === null && r !== server.requests[0])).toBe(true);
    expect((await db.trainingSessions.toArray()).map((r) => r.place).sort()).toEqual([
      'Chưa gửi',
      'Giữ lại',
      'Từ máy khác',
    ]);
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ recordId: kept.id, status: 'rejected' }),
    ]);
    expect(server.rows.has(`trainingSessions/${pending.id}`)).toBe(true);
  });
});
