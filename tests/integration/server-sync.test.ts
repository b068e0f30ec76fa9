// The province server's sync over real HTTP: enrol, push, pull, a second phone sees the first one's
// records, paging, catalog updates, team members, gzip and the one-request idle sync. Runs on PGlite and
// PostgreSQL (the merge, replay and reset invariants are in server-merge.test.ts).
import { gzipSync } from 'node:zlib';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, Phone, postJson, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const countRecords = async (s: TestServer) =>
  Number(
    (await s.query<{ n: number }>(`SELECT count(*)::float8 AS n FROM records WHERE tbl <> 'teamMembers'`))[0]
      ?.n,
  );

describe.each(BACKENDS)('province sync on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('enrols a commune phone with a one-time code and refuses the same code twice', async () => {
      const code = await server.enrolmentCode(COMMUNE_A);
      const first = await postJson<{ scope: string; communeId: string; token: string }>(
        `${server.url}/api/v1/enrol`,
        {
          protocol: 1,
          code: code.toLowerCase(),
          deviceName: 'Điện thoại tổ trưởng',
        },
      );
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ scope: 'commune', communeId: COMMUNE_A });
      const stored = await server.query<{ token_hash: string }>('SELECT token_hash FROM devices');
      expect(stored.map((d) => d.token_hash)).not.toContain(first.body.token);
      const again = await postJson(`${server.url}/api/v1/enrol`, { protocol: 1, code, deviceName: 'x' });
      expect(again.status).toBe(400);
      expect(again.body).toMatchObject({ reason: 'errors.enrolmentCode' });
    });

    it('first sync sends the catalogs, the commune team and only the phone commune administrative units', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const res = await phone.sync();
      expect(res.status).toBe(200);
      const catalogs = res.body.catalogs as { kind: string; data: { communes?: { id: string }[] } }[];
      expect(catalogs.map((c) => c.kind).sort()).toEqual([
        'adminUnits',
        'criteria',
        'helpKinds',
        'indicators',
        'trainingTopics',
      ]);
      expect(catalogs.find((c) => c.kind === 'adminUnits')?.data.communes?.map((c) => c.id)).toEqual([
        COMMUNE_A,
      ]);
      const members = res.body.rows.filter((r) => r.table === 'teamMembers');
      expect(members.length).toBe(4);
      expect(members.every((m) => m.record.communeId === COMMUNE_A)).toBe(true);
      const idle = await phone.sync();
      expect(idle.body.catalogs).toEqual([]);
      expect(idle.body.rows).toEqual([]);
    });

    it('a second phone of the commune sees the first one records after both sync', async () => {
      const one = await Phone.enrol(server, COMMUNE_A);
      const two = await Phone.enrol(server, COMMUNE_A, 'sample-member-2');
      await two.pullAll();
      const m = one.newTraining({ place: 'Nhà văn hoá Suối Chải' });
      const pushed = await one.sync([m]);
      expect(pushed.body.results).toEqual([{ seq: m.seq, status: 'applied' }]);
      const { rows } = await two.pullAll();
      expect(rows.get(`trainingSessions/${m.id}`)).toMatchObject({
        place: 'Nhà văn hoá Suối Chải',
        communeId: COMMUNE_A,
        deleted: false,
      });
    });

    it('pages a large pull with hasMore and never repeats or skips a row', async () => {
      const writer = await Phone.enrol(server, COMMUNE_A);
      const ids = new Set<string>();
      for (let batch = 0; batch < 3; batch++) {
        const ms = Array.from({ length: 40 }, () => writer.newTraining());
        ms.forEach((m) => ids.add(m.id));
        await writer.sync(ms);
      }
      const reader = await Phone.enrol(server, COMMUNE_A);
      const seen: string[] = [];
      for (let i = 0; i < 100; i++) {
        const res = await reader.sync([], { pullLimit: 17 });
        expect(res.body.rows.length).toBeLessThanOrEqual(17);
        seen.push(
          ...res.body.rows.filter((r) => r.table === 'trainingSessions').map((r) => String(r.record.id)),
        );
        if (!res.body.hasMore) break;
      }
      for (const id of ids) expect(seen.filter((s) => s === id)).toHaveLength(1);
    });

    it('a new catalog version reaches phones on their next sync and older progress stays accepted', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      await phone.pullAll();
      const current = await fetch(`${server.url}/api/v1/admin/catalogs/criteria/current`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      const criteria = (await current.json()) as { data: unknown };
      const published = await postJson(
        `${server.url}/api/v1/admin/catalogs`,
        {
          kind: 'criteria',
          version: `v-${backend.name}-2`,
          sample: true,
          source: 'test',
          data: criteria.data,
        },
        { token: server.adminToken },
      );
      expect(published.status).toBe(201);
      const res = await phone.sync([
        phone.mutation('checklistProgress', `${VILLAGE_A}~team`, {
          villageId: VILLAGE_A,
          criterionCode: 'team',
          criteriaVersion: 'sample-2026.1',
          status: 'met',
          numerator: null,
          denominator: null,
          note: '',
          assessedBy: 'sample-official-1',
          assessedOn: '2026-11-21',
        }),
      ]);
      expect(res.body.results[0]?.status).toBe('applied');
      expect(
        (res.body.catalogs as { kind: string; version: string }[]).map((c) => `${c.kind}@${c.version}`),
      ).toEqual([`criteria@v-${backend.name}-2`]);
    });

    it('a sync with nothing to do is one request under 1 KB each way', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      await phone.pullAll();
      const body = JSON.stringify({
        protocol: 1,
        mutations: [],
        cursor: phone.cursor,
        catalogs: phone.catalogs,
        clientTime: Date.now(),
      });
      const res = await fetch(`${server.url}/api/v1/sync`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-encoding': 'gzip',
          'accept-encoding': 'gzip',
          authorization: `Bearer ${phone.token}`,
        },
        body: new Uint8Array(gzipSync(body)),
      });
      const reply = await res.text();
      expect(res.status).toBe(200);
      expect(gzipSync(body).length).toBeLessThan(1024);
      expect(Buffer.byteLength(reply)).toBeLessThan(1024);
      expect(JSON.parse(reply)).toMatchObject({ rows: [], results: [], catalogs: [], hasMore: false });
    });

    it('accepts plain JSON bodies and answers gzip only when asked', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const res = await fetch(`${server.url}/api/v1/sync`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${phone.token}`,
          'accept-encoding': 'identity',
        },
        body: JSON.stringify({
          protocol: 1,
          mutations: [],
          cursor: null,
          catalogs: {},
          clientTime: Date.now(),
        }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-encoding')).toBeNull();
      const before = await countRecords(server);
      expect(before).toBeGreaterThan(0);
    });
  });
});
