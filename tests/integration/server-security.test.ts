// Security of the province server: a commune A phone can neither read nor write commune B, province
// phones read all and write nothing, revoked tokens and wrong codes are refused, enrolment is rate
// limited, and more than 50 malformed or hostile requests each get a 4xx and leave the database unchanged.
import { gzipSync } from 'node:zlib';
import { newId } from '@/domain/ids';
import { MAX_BODY_BYTES, MAX_PUSH_MUTATIONS } from '@/protocol/version';
import { BACKENDS, backendTitle } from './support/backends';
import { databaseDigest } from './support/database-digest';
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
      const before = await databaseDigest(server);
      const sync = `${server.url}/api/v1/sync`;
      const enrol = `${server.url}/api/v1/enrol`;
      const good = { protocol: 1, mutations: [], cursor: null, catalogs: {}, clientTime: Date.now() };
      const m = () => phoneA.newTraining();
      const withMutation = (patch: Record<string, unknown>) => ({
        ...good,
        mutations: [{ ...m(), ...patch }],
      });
      const tokenA = phoneA.token;
      type Case = [string, () => Promise<{ status: number; body: unknown }>, number?];
      const raw =
        (url: string, body: string | Buffer, headers: Record<string, string>, method = 'POST') =>
        async () => {
          const res = await fetch(url, {
            method,
            headers,
            body: method === 'GET' ? undefined : typeof body === 'string' ? body : new Uint8Array(body),
          });
          const text = await res.text();
          return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
        };
      const json = { 'content-type': 'application/json' };
      const authed = { ...json, authorization: `Bearer ${tokenA}` };
      const cases: Case[] = [
        ['no token', () => postJson(sync, good), 401],
        ['malformed bearer', raw(sync, JSON.stringify(good), { ...json, authorization: 'Bearer !!' }), 401],
        [
          'basic auth',
          raw(sync, JSON.stringify(good), { ...json, authorization: 'Basic YWRtaW46YWRtaW4=' }),
          401,
        ],
        ['unknown token', () => postJson(sync, good, { token: 'x'.repeat(43) }), 401],
        ['revoked token', () => postJson(sync, good, { token: revoked.token }), 401],
        ['admin token on sync', () => postJson(sync, good, { token: server.adminToken }), 401],
        ['malformed JSON', raw(sync, '{"protocol":1,', authed), 400],
        ['not JSON at all', raw(sync, 'hello', authed), 400],
        ['empty body', raw(sync, '', authed), 400],
        ['JSON array', raw(sync, '[]', authed), 400],
        ['JSON string', raw(sync, '"sync"', authed), 400],
        ['JSON null', raw(sync, 'null', authed), 400],
        ['JSON number', raw(sync, '42', authed), 400],
        [
          'bad gzip',
          raw(sync, Buffer.from('not gzip at all'), { ...authed, 'content-encoding': 'gzip' }),
          400,
        ],
        [
          'truncated gzip',
          raw(sync, gzipSync(JSON.stringify(good)).subarray(0, 20), {
            ...authed,
            'content-encoding': 'gzip',
          }),
          400,
        ],
        [
          'gzip bomb',
          raw(sync, gzipSync(Buffer.alloc(MAX_BODY_BYTES + 1024, 32)), {
            ...authed,
            'content-encoding': 'gzip',
          }),
          413,
        ],
        ['oversized body', raw(sync, `{"x":"${'a'.repeat(MAX_BODY_BYTES + 10)}"}`, authed), 413],
        [
          'text/plain',
          raw(sync, JSON.stringify(good), {
            authorization: `Bearer ${tokenA}`,
            'content-type': 'text/plain',
          }),
          415,
        ],
        [
          'form body',
          raw(sync, 'a=1', {
            authorization: `Bearer ${tokenA}`,
            'content-type': 'application/x-www-form-urlencoded',
          }),
          415,
        ],
        ['brotli body', raw(sync, JSON.stringify(good), { ...authed, 'content-encoding': 'br' }), 415],
        [
          'prototype poisoning',
          raw(sync, JSON.stringify(good).replace('{', '{"__proto__":{"admin":true},'), authed),
          400,
        ],
        [
          'constructor key',
          raw(sync, JSON.stringify(good).replace('{', '{"constructor":{"prototype":{}},'), authed),
          400,
        ],
        ['protocol 0', () => postJson(sync, { ...good, protocol: 0 }, { token: tokenA }), 426],
        ['protocol 2', () => postJson(sync, { ...good, protocol: 2 }, { token: tokenA }), 426],
        ['protocol missing', () => postJson(sync, { ...good, protocol: undefined }, { token: tokenA }), 426],
        ['protocol as string', () => postJson(sync, { ...good, protocol: '1' }, { token: tokenA }), 426],
        ['mutations not an array', () => postJson(sync, { ...good, mutations: {} }, { token: tokenA }), 400],
        [
          'too many mutations',
          () =>
            postJson(
              sync,
              { ...good, mutations: Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, m) },
              { token: tokenA },
            ),
          400,
        ],
        [
          'unknown record type',
          () => postJson(sync, withMutation({ table: 'users' }), { token: tokenA }),
          400,
        ],
        [
          'record type __proto__',
          () => postJson(sync, withMutation({ table: 'constructor' }), { token: tokenA }),
          400,
        ],
        ['seq zero', () => postJson(sync, withMutation({ seq: 0 }), { token: tokenA }), 400],
        ['seq negative', () => postJson(sync, withMutation({ seq: -5 }), { token: tokenA }), 400],
        ['seq fractional', () => postJson(sync, withMutation({ seq: 1.5 }), { token: tokenA }), 400],
        ['seq as string', () => postJson(sync, withMutation({ seq: '99' }), { token: tokenA }), 400],
        ['malformed HLC', () => postJson(sync, withMutation({ hlc: 'yesterday' }), { token: tokenA }), 400],
        [
          'HLC SQL injection',
          () => postJson(sync, withMutation({ hlc: "1'; DROP TABLE records; --" }), { token: tokenA }),
          400,
        ],
        ['empty id', () => postJson(sync, withMutation({ id: '' }), { token: tokenA }), 400],
        ['id too long', () => postJson(sync, withMutation({ id: 'x'.repeat(500) }), { token: tokenA }), 400],
        [
          'communeId missing',
          () => postJson(sync, withMutation({ communeId: undefined }), { token: tokenA }),
          400,
        ],
        ['patch not an object', () => postJson(sync, withMutation({ patch: 'all' }), { token: tokenA }), 400],
        ['patch null', () => postJson(sync, withMutation({ patch: null }), { token: tokenA }), 400],
        [
          'schemaVersion zero',
          () => postJson(sync, withMutation({ schemaVersion: 0 }), { token: tokenA }),
          400,
        ],
        [
          'cursor too long',
          () => postJson(sync, { ...good, cursor: '9'.repeat(500) }, { token: tokenA }),
          400,
        ],
        ['cursor a number', () => postJson(sync, { ...good, cursor: 5 }, { token: tokenA }), 400],
        ['pullLimit zero', () => postJson(sync, { ...good, pullLimit: 0 }, { token: tokenA }), 400],
        ['pullLimit huge', () => postJson(sync, { ...good, pullLimit: 1e9 }, { token: tokenA }), 400],
        ['catalogs not an object', () => postJson(sync, { ...good, catalogs: [] }, { token: tokenA }), 400],
        [
          'clientTime missing',
          () => postJson(sync, { ...good, clientTime: undefined }, { token: tokenA }),
          400,
        ],
        [
          'clock two hours ahead',
          () =>
            postJson(
              sync,
              { ...withMutation({}), clientTime: Date.now() + 2 * 3_600_000 },
              { token: tokenA },
            ),
          400,
        ],
        [
          'clock two days behind',
          () =>
            postJson(
              sync,
              { ...withMutation({}), clientTime: Date.now() - 2 * 86_400_000 },
              { token: tokenA },
            ),
          400,
        ],
        ['enrol malformed JSON', raw(enrol, '{code:', json), 400],
        ['enrol protocol 99', () => postJson(enrol, { protocol: 99, code: 'ABCDEFGH' }), 426],
        ['enrol code too short', () => postJson(enrol, { protocol: 1, code: 'AB' }), 400],
        ['enrol code too long', () => postJson(enrol, { protocol: 1, code: 'A'.repeat(41) }), 400],
        ['enrol code not a string', () => postJson(enrol, { protocol: 1, code: 12345678 }), 400],
        ['enrol wrong code', () => postJson(enrol, { protocol: 1, code: 'ZZZZ2222' }), 400],
        ['admin overview without token', raw(`${server.url}/api/v1/admin/overview`, '', {}, 'GET'), 401],
        [
          'admin with a device token',
          () => postJson(`${server.url}/api/v1/admin/catalogs`, {}, { token: tokenA }),
          401,
        ],
        [
          'admin wrong password',
          () => postJson(`${server.url}/api/v1/admin/login`, { username: 'admin', password: 'guess' }),
          401,
        ],
        [
          'admin unknown user',
          () => postJson(`${server.url}/api/v1/admin/login`, { username: 'root', password: 'guess' }),
          401,
        ],
        [
          'code for unknown commune',
          () =>
            postJson(
              `${server.url}/api/v1/admin/enrolment-codes`,
              { communeId: 'nowhere' },
              { token: server.adminToken },
            ),
          400,
        ],
        [
          'member for unknown commune',
          () =>
            postJson(
              `${server.url}/api/v1/admin/team-members`,
              { communeId: 'nowhere', villageId: null, name: 'A', role: 'member' },
              { token: server.adminToken },
            ),
          400,
        ],
        [
          'member village of another commune',
          () =>
            postJson(
              `${server.url}/api/v1/admin/team-members`,
              { communeId: COMMUNE_A, villageId: VILLAGE_B, name: 'A', role: 'member' },
              { token: server.adminToken },
            ),
          400,
        ],
        [
          'catalog with invalid data',
          () =>
            postJson(
              `${server.url}/api/v1/admin/catalogs`,
              { kind: 'helpKinds', version: 'x1', sample: false, source: '', data: { kinds: [] } },
              { token: server.adminToken },
            ),
          400,
        ],
        [
          'catalog of unknown kind',
          () =>
            postJson(
              `${server.url}/api/v1/admin/catalogs`,
              { kind: 'users', version: 'x1', sample: false, source: '', data: {} },
              { token: server.adminToken },
            ),
          400,
        ],
        [
          'catalog version already published',
          () =>
            postJson(
              `${server.url}/api/v1/admin/catalogs`,
              {
                kind: 'helpKinds',
                version: 'sample-2026.1',
                sample: true,
                source: '',
                data: { kinds: [{ code: 'a', name: { vi: 'A' } }] },
              },
              { token: server.adminToken },
            ),
          409,
        ],
        [
          'CSV with a bad line',
          () =>
            postJson(
              `${server.url}/api/v1/admin/admin-units`,
              {
                csv: 'commune_id,commune_name,commune_kind,village_id,village_name\nc1,Xã A,xa,v1,Thôn 1\nc1,Xã A,huyen,v2,Thôn 2',
                version: 'csv-bad',
              },
              { token: server.adminToken },
            ),
          400,
        ],
        [
          'revoke unknown device',
          () => postJson(`${server.url}/api/v1/admin/devices/nope/revoke`, {}, { token: server.adminToken }),
          404,
        ],
        [
          'deactivate unknown member',
          () =>
            postJson(
              `${server.url}/api/v1/admin/team-members/nope/deactivate`,
              {},
              { token: server.adminToken },
            ),
          404,
        ],
        ['unknown API path', raw(`${server.url}/api/v1/nothing`, '', {}, 'GET'), 404],
        ['wrong method on sync', raw(sync, '', {}, 'GET'), 404],
      ];
      expect(cases.length).toBeGreaterThanOrEqual(50);
      for (const [name, send, expected] of cases) {
        const res = await send();
        expect({ name, status: res.status }).toEqual({ name, status: expected });
        expect(res.body, name).toMatchObject({
          error: expect.any(String),
          reason: expect.stringMatching(/^errors\./),
        });
      }
      expect(await databaseDigest(server)).toEqual(before);
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
