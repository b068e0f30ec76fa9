// Role × endpoint matrix over EVERY admin endpoint (the list is checked against the routes the server
// registers): province administrator, province viewer and commune official each get the endpoint's
// answer or 403; no session or a phone's token gets 401; and a commune official naming another commune —
// in the path, the query or the body — gets 403, with nothing written.
import type { AccountRole } from '@/protocol/account-messages';
import type { Database } from '@/server/db/database';
import { buildApp } from '@/server/http/build-app';
import { accountSession, createAccount, type Session } from './support/accounts';
import {
  ENDPOINTS,
  NOT_IN_MATRIX,
  OTHER_COMMUNE,
  type Endpoint,
  type Fixture,
} from './support/admin-endpoints';
import { BACKENDS, backendTitle } from './support/backends';
import { databaseDigest } from './support/database-digest';
import { COMMUNE_A, COMMUNE_B, Phone, postJson } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const noDatabase: Database = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database')),
  transaction: () => Promise.reject(new Error('no database')),
  exec: () => Promise.reject(new Error('no database')),
  close: () => Promise.resolve(),
};

describe('the role × endpoint matrix', () => {
  it('covers every /api/v1/admin route the server registers', async () => {
    const registered = new Set<string>();
    const app = await buildApp(
      { db: noDatabase, now: Date.now },
      {
        onRoute: ({ method, url }) => {
          if (!url.startsWith('/api/v1/admin/')) return;
          for (const m of [method].flat().filter((m) => m !== 'HEAD')) registered.add(`${m} ${url}`);
        },
      },
    );
    await app.close();
    const covered = new Set([...ENDPOINTS.map((e) => `${e.method} ${e.route}`), ...NOT_IN_MATRIX]);
    expect([...registered].filter((r) => !covered.has(r))).toEqual([]);
    expect([...covered].filter((r) => !registered.has(r))).toEqual([]);
  });
});

describe.each(BACKENDS)('roles and commune scope on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    let fixture: Fixture;
    const sessions = {} as Record<AccountRole, Session>;
    let phoneToken: string;

    const send = async (token: string | null, e: Pick<Endpoint, 'method' | 'path' | 'body'>) => {
      const path = e.path(fixture);
      if (e.method === 'GET') {
        const res = await fetch(server.url + path, {
          headers: token ? { authorization: `Bearer ${token}` } : {},
        });
        await res.arrayBuffer();
        return res.status;
      }
      return (await postJson(server.url + path, e.body?.(fixture) ?? {}, token ? { token } : {})).status;
    };

    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
      const admin = { username: 'admin', role: 'admin' as const, communeId: null, token: server.adminToken };
      sessions.admin = admin;
      sessions.viewer = await accountSession(server, 'viewer');
      sessions.commune = await accountSession(server, 'commune', COMMUNE_A);
      const phoneA = await Phone.enrol(server, COMMUNE_A);
      const phoneB = await Phone.enrol(server, COMMUNE_B);
      phoneToken = phoneA.token;
      const memberB = await postJson<{ id: string }>(
        `${server.url}/api/v1/admin/team-members`,
        { communeId: COMMUNE_B, villageId: null, name: 'Thành viên Sa Pa', role: 'member' },
        { token: server.adminToken },
      );
      const spare = 'spare-account';
      await createAccount(server, 'viewer', null, spare);
      fixture = {
        memberA: 'sample-member-2',
        memberB: memberB.body.id,
        deviceA: phoneA.enrolment.deviceId,
        deviceB: phoneB.enrolment.deviceId,
        codeA: await server.enrolmentCode(COMMUNE_A),
        codeB: await server.enrolmentCode(COMMUNE_B),
        spareAccount: spare,
      };
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it.each(ENDPOINTS.map((e) => [e.name, e] as const))(
      '%s: allowed roles answered, others 403, no session 401',
      async (_name, e) => {
        const got: Record<string, number> = {};
        const want: Record<string, number> = {};
        for (const role of ['admin', 'viewer', 'commune'] as const) {
          got[role] = await send(sessions[role].token, e);
          want[role] = e.allowed.includes(role) ? e.ok : 403;
        }
        got.anonymous = await send(null, e);
        want.anonymous = 401;
        got.phone = await send(phoneToken, e);
        want.phone = 401;
        expect(got).toEqual(want);
      },
    );

    it('a commune official naming another commune in the path, query or body gets 403 and changes nothing', async () => {
      const before = await databaseDigest(server);
      const got = [];
      for (const [where, method, path, body] of OTHER_COMMUNE)
        got.push([where, await send(sessions.commune.token, { method, path, body })]);
      expect(got).toEqual(OTHER_COMMUNE.map(([where]) => [where, 403]));
      expect(await databaseDigest(server)).toEqual(before);
    });

    it('a commune official receives only their own commune: lists, totals, units, devices, codes', async () => {
      const token = sessions.commune.token;
      const get = async <T>(path: string) => {
        const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } });
        expect(res.status, path).toBe(200);
        return (await res.json()) as T;
      };
      const overview = await get<{ communes: { communeId: string }[] }>('/api/v1/admin/overview');
      expect(overview.communes.map((c) => c.communeId)).toEqual([COMMUNE_A]);
      const team = await get<{ members: { communeId: string }[] }>('/api/v1/admin/team-members');
      expect(team.members.length).toBeGreaterThan(0);
      expect(new Set(team.members.map((m) => m.communeId))).toEqual(new Set([COMMUNE_A]));
      const devices = await get<{ devices: { communeId: string }[] }>('/api/v1/admin/devices');
      expect(new Set(devices.devices.map((d) => d.communeId))).toEqual(new Set([COMMUNE_A]));
      const codes = await get<{ codes: { communeId: string }[] }>('/api/v1/admin/enrolment-codes');
      expect(new Set(codes.codes.map((c) => c.communeId))).toEqual(new Set([COMMUNE_A]));
      const units = await get<{ data: { communes: { id: string }[]; villages: { communeId: string }[] } }>(
        '/api/v1/admin/catalogs/adminUnits/current',
      );
      expect(units.data.communes.map((c) => c.id)).toEqual([COMMUNE_A]);
      expect(new Set(units.data.villages.map((v) => v.communeId))).toEqual(new Set([COMMUNE_A]));
      // The province viewer, by contrast, reads every commune.
      const all = await fetch(`${server.url}/api/v1/admin/overview`, {
        headers: { authorization: `Bearer ${sessions.viewer.token}` },
      });
      expect(((await all.json()) as { communes: unknown[] }).communes.length).toBe(2);
    });
  });
});
