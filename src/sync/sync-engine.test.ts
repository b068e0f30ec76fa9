import { BanSoDatabase } from '@/storage/database';
import { getMeta, META } from '@/storage/meta';
import { createRecord, writeRecord } from '@/storage/record-writer';
import { createFakeSyncServer } from '@tests/doubles/fake-sync-server';
import { createSyncEngine } from './sync-engine';
import { trainingContent, writer } from '@tests/doubles/sync-fixtures';

let n = 0;
const freshDb = () => new BanSoDatabase(`engine-${Date.now()}-${n++}`);
const ctx = writer('c1', 'm1');
const noWait = { sleep: async () => {}, random: () => 0 };

async function createSessions(db: BanSoDatabase, count: number, prefix = 'Nhà văn hóa') {
  const ids: string[] = [];
  for (let i = 0; i < count; i++)
    ids.push((await createRecord(db, 'trainingSessions', trainingContent('v1', `${prefix} ${i}`), ctx)).id);
  return ids;
}

describe('sync engine: push', () => {
  it('pushes the outbox in device order, in batches no larger than the limit, and empties it', async () => {
    const server = createFakeSyncServer();
    const db = freshDb();
    await createSessions(db, 7);
    const engine = createSyncEngine({
      db,
      transport: server.transport(),
      token: 'd1',
      pushLimit: 3,
      retry: noWait,
    });
    const outcome = await engine.sync();
    expect(outcome).toMatchObject({ ok: true, acknowledged: 7, requests: 3 });
    expect(server.requests.map((r) => r.mutations.map((m) => m.seq))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(await db.outbox.count()).toBe(0);
    expect(server.rows.size).toBe(7);
  });

  it('never sends more than MAX_PUSH_MUTATIONS in one request', async () => {
    const server = createFakeSyncServer();
    const db = freshDb();
    await createSessions(db, 260);
    await createSyncEngine({ db, transport: server.transport(), token: 'd1', retry: noWait }).sync();
    expect(server.requests.map((r) => r.mutations.length)).toEqual([250, 10]);
  });

  it('keeps a rejected change with its reason while the rest of the queue flows', async () => {
    const server = createFakeSyncServer({
      reject: (m) => (m.patch.place === 'Bad 1' ? 'errors.outOfScope' : null),
    });
    const db = freshDb();
    const ids = await createSessions(db, 3, 'Bad');
    const outcome = await createSyncEngine({
      db,
      transport: server.transport(),
      token: 'd1',
      retry: noWait,
    }).sync();
    expect(outcome).toMatchObject({ ok: true, acknowledged: 2, rejected: 1 });
    const left = await db.outbox.toArray();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ recordId: ids[1], status: 'rejected', reason: 'errors.outOfScope' });
    expect(server.rows.size).toBe(2);
    // A later run does not send the rejected change again.
    await createSyncEngine({ db, transport: server.transport(), token: 'd1', retry: noWait }).sync();
    expect(server.requests.at(-1)?.mutations).toEqual([]);
  });

  it('drops a rejected change once a later edit of the same fields is applied', async () => {
    let strict = true;
    const server = createFakeSyncServer({
      reject: (m) => (strict && m.patch.place ? 'errors.invalidRecord' : null),
    });
    const db = freshDb();
    const [id] = await createSessions(db, 1);
    const engine = createSyncEngine({ db, transport: server.transport(), token: 'd1', retry: noWait });
    await engine.sync();
    expect(await db.outbox.where('status').equals('rejected').count()).toBe(1);
    strict = false;
    await writeRecord(db, 'trainingSessions', id!, trainingContent('v1', 'Sửa lại'), ctx);
    await engine.sync();
    expect(await db.outbox.count()).toBe(0);
  });

  it('a retried request whose response was lost changes nothing on the server or the phone', async () => {
    const server = createFakeSyncServer();
    const db = freshDb();
    await createSessions(db, 4);
    const transport = server.transport({ loseResponses: 1 });
    const outcome = await createSyncEngine({ db, transport, token: 'd1', retry: noWait }).sync();
    expect(transport.lost).toBe(1);
    expect(outcome.ok).toBe(true);
    const [first, retried] = server.requests;
    expect(retried?.mutations).toEqual(first?.mutations);
    expect(server.rows.size).toBe(4);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.trainingSessions.count()).toBe(4);
  });

  it('a phone killed before the ack sends the same mutations again, and the server applies them once', async () => {
    const server = createFakeSyncServer();
    const db = freshDb();
    await createSessions(db, 2);
    const dying = server.transport({ loseResponses: 99 });
    const failed = await createSyncEngine({
      db,
      transport: dying,
      token: 'd1',
      retry: { ...noWait, retries: 0 },
    }).sync();
    expect(failed).toMatchObject({ ok: false, failure: 'unreachable' });
    expect(await db.outbox.count()).toBe(2);
    const reborn = await createSyncEngine({
      db,
      transport: server.transport(),
      token: 'd1',
      retry: noWait,
    }).sync();
    expect(reborn.ok).toBe(true);
    expect(await db.outbox.count()).toBe(0);
    expect(server.rows.size).toBe(2);
    expect([...server.rows.values()].every((r) => r.change <= 2)).toBe(true);
  });
});

describe('sync engine: pull', () => {
  it("pulls page after page while the server has more, and a second phone sees the first one's records", async () => {
    const server = createFakeSyncServer({ pageSize: 2 });
    const a = freshDb();
    await createSessions(a, 5);
    await createSyncEngine({ db: a, transport: server.transport(), token: 'a', retry: noWait }).sync();
    const b = freshDb();
    const outcome = await createSyncEngine({
      db: b,
      transport: server.transport(),
      token: 'b',
      retry: noWait,
    }).sync();
    expect(outcome).toMatchObject({ ok: true, received: 5, requests: 3 });
    expect(await b.trainingSessions.count()).toBe(5);
    expect(await getMeta(b, META.cursor)).toBe('5');
    const found = await b.trainingSessions.where('searchWords').equals('nha').count();
    expect(found).toBe(5);
  });

  it('stores the cursor in the same transaction as the rows: a failed page leaves both as before', async () => {
    const server = createFakeSyncServer({ pageSize: 2 });
    const a = freshDb();
    await createSessions(a, 4);
    await createSyncEngine({ db: a, transport: server.transport(), token: 'a', retry: noWait }).sync();
    const b = freshDb();
    let puts = 0;
    b.trainingSessions.hook('creating', () => {
      if (++puts > 2) throw new Error('disk full');
    });
    const outcome = await createSyncEngine({
      db: b,
      transport: server.transport(),
      token: 'b',
      retry: noWait,
    }).sync();
    expect(outcome.ok).toBe(false);
    expect(await b.trainingSessions.count()).toBe(2);
    expect(await getMeta(b, META.cursor)).toBe('2');
  });

  it('installs a newer catalog version and records the last successful sync', async () => {
    const server = createFakeSyncServer();
    server.publishCatalog({
      kind: 'helpKinds',
      version: '2027.1',
      publishedAt: '2027-01-01',
      sample: false,
      source: 'Sở KH&CN',
      data: { kinds: [{ code: 'vneid', name: { vi: 'Cài VNeID' } }] },
    });
    const db = freshDb();
    const engine = createSyncEngine({
      db,
      transport: server.transport(),
      token: 'd',
      retry: noWait,
      now: () => 42,
    });
    await engine.sync();
    expect((await db.catalogs.toArray()).map((c) => [c.kind, c.version, c.current])).toEqual([
      ['helpKinds', '2027.1', 1],
    ]);
    expect(await getMeta(db, META.lastSyncAt)).toBe(42);
    expect(engine.status.getState()).toMatchObject({ running: false, lastSuccessAt: 42, lastError: null });
    await engine.sync();
    expect(server.requests.at(-1)?.catalogs).toEqual({ helpKinds: '2027.1' });
  });
});
