// Security of the province server: a commune A phone can neither read nor write commune B, province
// phones read all and write nothing, revoked tokens and wrong codes are refused, enrolment is rate
// limited, and more than 50 malformed or hostile requests each get a 4xx and leave the database unchanged.
import { newId } from '@/domain/ids';
import { BACKENDS, backendTitle } from './support/backends';
import { databaseDigest } from './support/database-digest';
import { hostileRequests } from './support/hostile-requests';
import {
  COMMUNE_A,
  COMMUNE_B,
  Phone,
  postJson,
  trainingFields,
  VILLAGE_A,
  VILLAGE_B,
} from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('province server security on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    let phoneA: Phone;
    let phoneB: Phone;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
      phoneA = await Phone.enrol(server, COMMUNE_A);
      phoneB = await Phone.enrol(server, COMMUNE_B);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('a commune A phone cannot write commune B, directly, through a village or through a B record', async () => {
      const aRecord = phoneA.newTraining();
      expect((await phoneA.sync([aRecord])).body.results[0]?.status).toBe('applied');
      const direct = phoneA.mutation('trainingSessions', newId(), trainingFields(VILLAGE_B), {
        communeId: COMMUNE_B,
      });
      const viaVillage = phoneA.mutation('trainingSessions', newId(), trainingFields(VILLAGE_B));
      const res = await phoneA.sync([direct, viaVillage]);
      expect(res.body.results.map((r) => r.reason)).toEqual(['errors.outOfScope', 'errors.outOfScope']);
      const hijack = phoneB.mutation('trainingSessions', aRecord.id, { place: 'Bị sửa từ xã khác' });
      const moved = phoneA.mutation('trainingSessions', aRecord.id, { communeId: COMMUNE_B } as Record<
        string,
        unknown
      >);
      const bRes = await phoneB.sync([hijack]);
      const aRes = await phoneA.sync([moved]);
      expect(bRes.body.results[0]).toMatchObject({ status: 'rejected', reason: 'errors.outOfScope' });
      expect(aRes.body.results[0]).toMatchObject({ status: 'rejected', reason: 'errors.invalidRecord' });
      const [row] = await server.query<{ commune_id: string; data: { place: string } }>(
        'SELECT commune_id, data FROM records WHERE id = $1',
        [aRecord.id],
      );
      expect(row).toMatchObject({ commune_id: COMMUNE_A, data: { place: 'Nhà văn hoá thôn' } });
      expect(
        await server.query('SELECT 1 FROM records WHERE id = ANY($1)', [[direct.id, viaVillage.id]]),
      ).toEqual([]);
    });

    it('a commune B phone never receives commune A records, team or audit entries', async () => {
      const fresh = await Phone.enrol(server, COMMUNE_B);
      const { rows, overwrites } = await fresh.pullAll();
      expect([...rows.values()].filter((r) => r.communeId !== COMMUNE_B)).toEqual([]);
      expect(overwrites.filter((o) => (o as { communeId: string }).communeId !== COMMUNE_B)).toEqual([]);
      const units = (await fresh.sync()).body; // catalogs already current
      expect(units.catalogs).toEqual([]);
    });

    it('a province phone reads every commune and writes nothing', async () => {
      const province = await Phone.enrol(server, null);
      expect(province.enrolment.scope).toBe('province');
      const { rows } = await province.pullAll();
      expect(new Set([...rows.values()].map((r) => r.communeId))).toContain(COMMUNE_A);
      const res = await province.sync([
        province.mutation('trainingSessions', newId(), trainingFields(VILLAGE_A), { communeId: COMMUNE_A }),
      ]);
      expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: 'errors.outOfScope' });
    });

    it('phones cannot write team members, envelope fields or clocks far ahead', async () => {
      const team = phoneA.mutation('teamMembers', 'sample-member-1', { name: 'Đổi tên' });
      const envelope = phoneA.mutation('trainingSessions', newId(), {
        ...trainingFields(VILLAGE_A),
        fieldClocks: {},
      });
      const ahead = phoneA.newTraining();
      ahead.hlc = phoneA.stamp(Date.now() + 3 * 3_600_000);
      const res = await phoneA.sync([team, envelope, ahead]);
      expect(res.body.results.map((r) => r.reason)).toEqual([
        'errors.readOnlyTable',
        'errors.invalidRecord',
        'errors.clockDrift',
      ]);
    });

    it('a mutation with NUL is refused alone and a lone surrogate is cleaned; the rest is applied, every retry the same', async () => {
      const nul = phoneA.newTraining({ place: 'Nhà\u0000' });
      const valid = phoneA.newTraining();
      const body = { protocol: 1, mutations: [nul, valid], cursor: null, catalogs: {}, clientTime: 0 };
      const lone = phoneA.newTraining({ place: 'PLACE' });
      const text = JSON.stringify({ ...body, mutations: [nul, valid, lone] }).replace(
        'PLACE',
        'Nhà \\ud800 văn hoá',
      );
      for (let attempt = 0; attempt < 2; attempt++) {
        const res = await postJson<{ results: unknown[] }>(`${server.url}/api/v1/sync`, undefined, {
          token: phoneA.token,
          raw: text.replace('"clientTime":0', `"clientTime":${Date.now()}`),
        });
        expect(res.status).toBe(200);
        expect(res.body.results).toEqual([
          {
            seq: nul.seq,
            status: 'rejected',
            reason: 'errors.invalidRecord',
            detail: 'text contains a NUL character',
          },
          { seq: valid.seq, status: attempt === 0 ? 'applied' : 'duplicate' },
          { seq: lone.seq, status: attempt === 0 ? 'applied' : 'duplicate' },
        ]);
      }
      const rows = await server.query<{ id: string; data: { place: string } }>(
        'SELECT id, data FROM records WHERE id = ANY($1)',
        [[nul.id, valid.id, lone.id]],
      );
      expect(new Map(rows.map((r) => [r.id, r.data.place]))).toEqual(
        new Map([
          [valid.id, 'Nhà văn hoá thôn'],
          [lone.id, 'Nhà \ufffd văn hoá'],
        ]),
      );
    });

    it('revoked tokens get 401 from then on', async () => {
      const lost = await Phone.enrol(server, COMMUNE_A);
      expect((await lost.sync()).status).toBe(200);
      const revoke = await postJson(
        `${server.url}/api/v1/admin/devices/${lost.enrolment.deviceId}/revoke`,
        undefined,
        {
          token: server.adminToken,
          raw: '{}',
        },
      );
      expect(revoke.status).toBe(200);
      const after = await lost.sync([lost.newTraining()]);
      expect(after.status).toBe(401);
      expect(after.body).toMatchObject({ reason: 'errors.revoked' });
    });

    it('more than 50 malformed or hostile requests each get a 4xx with a reason and change nothing', async () => {
      const revoked = await Phone.enrol(server, COMMUNE_A);
      await postJson(
        `${server.url}/api/v1/admin/devices/${revoked.enrolment.deviceId}/revoke`,
        {},
        { token: server.adminToken },
      );
      // A mutation refused alone still advances the device's number and is remembered (so a retry hears
      // the same answer): those two bookkeeping tables are checked apart, every other table must match.
      const bookkeeping = ['attempts', 'devices', 'rejected_mutations'];
      const before = await databaseDigest(server, bookkeeping);
      const otherDevices = () =>
        server.query('SELECT * FROM devices WHERE id <> $1 ORDER BY id', [phoneA.enrolment.deviceId]);
      const devicesBefore = await otherDevices();
      const [{ n: rejectedBefore } = { n: 0 }] = await server.query<{ n: number }>(
        'SELECT count(*)::float8 AS n FROM rejected_mutations',
      );
      const cases = hostileRequests(server, phoneA, revoked);
      expect(cases.length).toBeGreaterThanOrEqual(50);
      let verdicts = 0;
      for (const [name, send, expected] of cases) {
        const res = await send();
        if (typeof expected === 'number') {
          expect({ name, status: res.status }).toEqual({ name, status: expected });
          expect(res.body, name).toMatchObject({
            error: expect.any(String),
            reason: expect.stringMatching(/^errors\./),
          });
        } else {
          expect({ name, status: res.status }).toEqual({ name, status: 200 });
          expect(res.body, name).toMatchObject(expected);
          if ('results' in expected)
            verdicts += expected.results.filter((r) => r.status === 'rejected').length;
        }
      }
      expect(await databaseDigest(server, bookkeeping)).toEqual(before);
      expect(await otherDevices()).toEqual(devicesBefore);
      const [{ n: rejectedAfter } = { n: 0 }] = await server.query<{ n: number }>(
        'SELECT count(*)::float8 AS n FROM rejected_mutations',
      );
      expect(rejectedAfter - rejectedBefore).toBe(verdicts);
      console.log(`hostile requests checked: ${cases.length}, database unchanged`);
    });

    it('wrong enrolment codes are refused and rate limited per address (429 after 10 failures)', async () => {
      const enrol = `${server.url}/api/v1/enrol`;
      await server.query('DELETE FROM attempts');
      for (let i = 0; i < 10; i++) {
        const res = await postJson(enrol, { protocol: 1, code: `WRONG${i}XY` });
        expect(res.status).toBe(400);
      }
      const code = await server.enrolmentCode(COMMUNE_A);
      const limited = await postJson(enrol, { protocol: 1, code });
      expect(limited.status).toBe(429);
      expect(limited.body).toMatchObject({ reason: 'errors.tooManyAttempts' });
      await server.query('DELETE FROM attempts');
      expect((await postJson(enrol, { protocol: 1, code })).status).toBe(200);
    });

    it('expired enrolment codes are refused', async () => {
      const code = await server.enrolmentCode(COMMUNE_A);
      await server.query('UPDATE enrolment_codes SET expires_at = 1 WHERE code = $1', [code]);
      const res = await postJson(`${server.url}/api/v1/enrol`, { protocol: 1, code });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ reason: 'errors.enrolmentCode' });
    });
  });
});
