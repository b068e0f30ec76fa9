// The real client sync engine against the real province server, over real HTTP on 127.0.0.1 (PGlite in
// process, fake-indexeddb on the phones): enrolment, push, pull to a second phone, per-field conflict merge
// with the overwritten value in the audit trail, tombstones, a catalog update, a reset and a revoked token.
import { ADMIN_API } from '@/protocol/admin-messages';
import { compositeId } from '@/domain/ids';
import { BanSoDatabase } from '@/storage/database';
import { currentCatalog } from '@/storage/catalogs';
import { getMeta, META } from '@/storage/meta';
import { sessionStore } from '@/storage/session-store';
import { enrolDevice } from '@/sync/enrol';
import { REVOKED_KEY } from '@/sync/sync-history';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { EnginePhone } from './sync-phone';
import { COMMUNE_A, VILLAGE_A, postJson } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const serverRow = async (table: string, id: string) =>
  (
    await server.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM records WHERE tbl = $1 AND id = $2',
      [table, id],
    )
  )[0]?.data;

const progress = (status: string, note = '', criterionCode = 'team') => ({
  villageId: VILLAGE_A,
  criterionCode,
  criteriaVersion: 'sample-2026.1',
  status,
  numerator: null,
  denominator: null,
  note,
  assessedBy: 'sample-member-1',
  assessedOn: '2026-11-21',
});

describe('client sync engine with the province server', () => {
  it('enrols two phones in one commune; what one records the other sees after both sync', async () => {
    const code = await server.enrolmentCode(COMMUNE_A);
    const db = new BanSoDatabase(`enrol-${Date.now()}`);
    sessionStore.setState({ mode: 'real', db, enrolment: null });
    const enrolment = await enrolDevice({ serverUrl: server.url, code: `${server.url}/enrol?code=${code}` });
    expect(enrolment).toMatchObject({ communeId: COMMUNE_A, scope: 'commune' });
    const one = new EnginePhone(server, enrolment, db, {});
    const two = await EnginePhone.enrol(server, COMMUNE_A, { actor: 'sample-member-2' });

    const created = [];
    for (const place of ['Nhà văn hóa Suối Chải', 'Trường tiểu học', 'Sân bóng'])
      created.push(await one.create('trainingSessions', trainingContent(VILLAGE_A, place)));
    const pushed = await one.sync();
    expect(pushed).toMatchObject({ ok: true, acknowledged: 3, rejected: 0 });
    expect(await one.db.outbox.count()).toBe(0);

    const pulled = await two.sync();
    expect(pulled.ok).toBe(true);
    for (const c of created)
      expect(await two.db.trainingSessions.get(c.id)).toMatchObject({ place: c.place, deleted: false });
    expect(await two.db.trainingSessions.where('searchWords').equals('suoi').count()).toBe(1);
    // The commune's team and the catalogs come down too; the phone reports what it has.
    expect(await two.db.teamMembers.count()).toBeGreaterThan(0);
    expect((await currentCatalog(two.db, 'criteria'))?.version).toBe('sample-2026.1');
    expect(await getMeta(two.db, META.lastSyncAt)).toEqual(expect.any(Number));
  });

  it('an idle sync is one request', async () => {
    const phone = await EnginePhone.enrol(server, COMMUNE_A);
    await phone.settle();
    const idle = await phone.sync();
    expect(idle).toMatchObject({ ok: true, requests: 1, received: 0 });
  });

  it('merges conflicting checklist edits per field and keeps the overwritten value in the audit trail', async () => {
    let clock = Date.now();
    const now = () => clock;
    const one = await EnginePhone.enrol(server, COMMUNE_A, { actor: 'sample-member-1', now });
    const two = await EnginePhone.enrol(server, COMMUNE_A, { actor: 'sample-member-2', now });
    const id = compositeId(VILLAGE_A, 'team');
    await one.create('checklistProgress', progress('in_progress'), id);
    await one.settle();
    await two.settle();
    // Both offline: one marks the criterion met; later, two writes a note and marks it in progress.
    clock += 1000;
    await one.write('checklistProgress', id, { status: 'met' });
    clock += 1000;
    await two.write('checklistProgress', id, { status: 'not_started', note: 'Chưa có Zalo nhóm' });
    clock += 1000;
    await one.write('checklistProgress', id, { numerator: null, assessedOn: '2026-11-22' });
    await one.settle();
    await two.settle();
    await one.settle();
    for (const phone of [one, two])
      expect(await phone.db.checklistProgress.get(id)).toMatchObject({
        status: 'not_started',
        note: 'Chưa có Zalo nhóm',
        assessedOn: '2026-11-22',
      });
    expect(await serverRow('checklistProgress', id)).toMatchObject({
      status: 'not_started',
      assessedOn: '2026-11-22',
    });
    const audit = await one.db.conflicts
      .where('[table+recordId]')
      .equals(['checklistProgress', id])
      .toArray();
    expect(audit).toContainEqual(
      expect.objectContaining({
        field: 'status',
        lostValue: 'met',
        lostAuthor: 'sample-member-1',
        wonValue: 'not_started',
        villageId: VILLAGE_A,
      }),
    );
  });

  it("keeps both phones' edits to different fields of one record", async () => {
    const one = await EnginePhone.enrol(server, COMMUNE_A);
    const two = await EnginePhone.enrol(server, COMMUNE_A);
    const rec = await one.create('trainingSessions', trainingContent(VILLAGE_A, 'Nhà văn hóa'));
    await one.settle();
    await two.settle();
    await two.write('trainingSessions', rec.id, { notes: 'Thêm 5 người' });
    await two.settle();
    // one edits another field offline, then syncs: its edit and two's both stand, on every replica.
    await one.write('trainingSessions', rec.id, { place: 'Trường học' });
    await one.settle();
    const mine = await one.db.trainingSessions.get(rec.id);
    expect(mine).toMatchObject({ place: 'Trường học', notes: 'Thêm 5 người' });
    await two.settle();
    expect(await two.db.trainingSessions.get(rec.id)).toMatchObject({
      place: 'Trường học',
      notes: 'Thêm 5 người',
    });
  });

  it('propagates a delete as a tombstone', async () => {
    const one = await EnginePhone.enrol(server, COMMUNE_A);
    const two = await EnginePhone.enrol(server, COMMUNE_A);
    const rec = await one.create('trainingSessions', trainingContent(VILLAGE_A, 'Sẽ xóa'));
    await one.settle();
    await two.settle();
    expect((await two.db.trainingSessions.get(rec.id))?.deleted).toBe(false);
    await one.remove('trainingSessions', rec.id);
    await one.settle();
    await two.settle();
    expect((await two.db.trainingSessions.get(rec.id))?.deleted).toBe(true);
    expect((await serverRow('trainingSessions', rec.id))?.deleted).toBe(true);
  });

  it('brings a newly published catalog version to the phones and keeps the old one', async () => {
    const phone = await EnginePhone.enrol(server, COMMUNE_A);
    await phone.settle();
    const current = await fetch(`${server.url}${ADMIN_API.currentCatalog('criteria')}`, {
      headers: { authorization: `Bearer ${server.adminToken}` },
    });
    const criteria = (await current.json()) as { data: unknown };
    const published = await postJson(
      `${server.url}${ADMIN_API.catalogs}`,
      { kind: 'criteria', version: 'engine-2027.1', sample: true, source: 'test', data: criteria.data },
      { token: server.adminToken },
    );
    expect(published.status).toBe(201);
    await phone.settle();
    expect((await currentCatalog(phone.db, 'criteria'))?.version).toBe('engine-2027.1');
    expect(await phone.db.catalogs.get(['criteria', 'sample-2026.1'])).toBeDefined();
    // Progress assessed against the older version is still accepted.
    await phone.create('checklistProgress', progress('met', '', 'wifi'), compositeId(VILLAGE_A, 'wifi'));
    const outcome = await phone.settle();
    expect(outcome.rejected).toBe(0);
  });

  it('on reset re-pulls everything from the start and never loses the outbox', async () => {
    const one = await EnginePhone.enrol(server, COMMUNE_A);
    const rec = await one.create('trainingSessions', trainingContent(VILLAGE_A, 'Trước reset'));
    await one.settle();
    const before = await one.db.trainingSessions.count();
    const pending = await one.create('trainingSessions', trainingContent(VILLAGE_A, 'Chưa gửi khi reset'));
    await server.query(`INSERT INTO purge_horizons (commune_id, tx, seq) VALUES ('*', '999999999999', 0)
        ON CONFLICT (commune_id) DO UPDATE SET tx = excluded.tx, seq = 0`);
    try {
      const outcome = await one.sync();
      expect(outcome.ok).toBe(true);
    } finally {
      await server.query(`DELETE FROM purge_horizons`);
    }
    expect(await one.db.trainingSessions.get(rec.id)).toBeDefined();
    expect(await one.db.trainingSessions.get(pending.id)).toMatchObject({ place: 'Chưa gửi khi reset' });
    expect(await one.db.trainingSessions.count()).toBe(before + 1);
    expect(await one.db.outbox.count()).toBe(0);
    expect(await serverRow('trainingSessions', pending.id)).toBeDefined();
  });

  it('a revoked phone is told so, keeps its changes, and stops syncing until it enrols again', async () => {
    const phone = await EnginePhone.enrol(server, COMMUNE_A);
    await phone.settle();
    const revoke = await postJson(
      `${server.url}${ADMIN_API.revokeDevice(phone.enrolment.deviceId)}`,
      {},
      { token: server.adminToken },
    );
    expect(revoke.status).toBe(200);
    await phone.create('trainingSessions', trainingContent(VILLAGE_A, 'Sau khi thu hồi'));
    const outcome = await phone.sync();
    expect(outcome).toMatchObject({ ok: false, failure: 'revoked' });
    expect(await getMeta(phone.db, REVOKED_KEY)).toEqual(expect.any(Number));
    expect(await phone.db.outbox.count()).toBe(1);
    expect(phone.engine.status.getState().lastError).toBe('revoked');
  });
});
