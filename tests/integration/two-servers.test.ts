// Two province servers on one PostgreSQL (how a province outgrows one machine): phones whose requests
// alternate between the two — retries landing on the other one — converge with every change applied
// exactly once; the enrolment rate limit and admin sessions hold across both, since every piece of
// state lives in the database and none in a server process.
import { ADMIN_API } from '@/protocol/admin-messages';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { EnginePhone } from './sync-phone';
import { BACKENDS } from './support/backends';
import { FaultyLink, type FiredCounts } from './support/convergence-faults';
import { COMMUNE_A, postJson, VILLAGE_A } from './support/sync-client';
import { startTestServer, TEST_ADMIN_PASSWORD, type TestServer } from './support/test-server';
import { syncedPart } from '@/storage/search-index';

const postgres = BACKENDS.find((b) => b.name === 'PostgreSQL')!;
const TEXTS = ['Nhà văn hóa', 'Trường học', 'Sân bóng', 'Chợ phiên'];

describe.skipIf(postgres.skip !== null)(
  `two servers on one PostgreSQL${postgres.skip ? ` (${postgres.skip})` : ''}`,
  () => {
    let a: TestServer;
    let b: TestServer;
    beforeAll(async () => {
      a = await startTestServer({ databaseUrl: postgres.databaseUrl });
      b = await startTestServer({ databaseUrl: postgres.databaseUrl, schema: a.schema! });
    }, 120_000);
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('phones alternating between the two servers converge, every change applied once', async () => {
      const fired: FiredCounts = {};
      const links = [0, 1, 2].map(() => new FaultyLink(fired));
      let turn = 0;
      const served = { a: 0, b: 0 };
      const phones = await Promise.all(
        links.map((link, i) =>
          EnginePhone.enrol(i % 2 ? b : a, COMMUNE_A, {
            actor: `sample-member-${(i % 2) + 1}`,
            retries: 3,
            // Each request goes to the other server than the one before (a load balancer's round robin).
            fetch: (url, init) => {
              const toB = turn++ % 2 === 1;
              served[toB ? 'b' : 'a']++;
              const target = String(url).replace(/^http:\/\/[^/]+/, toB ? b.url : a.url);
              return link.fetch(target, init);
            },
          }),
        ),
      );
      const ids: string[] = [];
      const last = new Map<string, unknown>(); // oracle: the newest value written per record field
      for (let round = 0; round < 6; round++) {
        for (const [i, phone] of phones.entries()) {
          const rec = await phone.create('trainingSessions', trainingContent(VILLAGE_A, TEXTS[i]!));
          ids.push(rec.id);
          last.set(`${rec.id}.place`, TEXTS[i]);
          const known = [];
          for (const id of ids) if (await phone.db.trainingSessions.get(id)) known.push(id);
          const pick = known[(round * 7 + i) % known.length]!;
          const text = `${TEXTS[(round + i) % TEXTS.length]} ${round}.${i}`;
          await phone.write('trainingSessions', pick, { place: text });
          last.set(`${pick}.place`, text);
        }
        // Everyone at once; on odd rounds each answer is lost, so the retry lands on the other server.
        for (const link of links) link.plan = round % 2 ? ['dropResponse'] : [];
        await Promise.all(phones.map((p) => p.sync()));
        for (const link of links) link.plan = [];
      }
      for (let round = 0; round < 2; round++) for (const phone of phones) await phone.settle();
      expect(served.a).toBeGreaterThan(0);
      expect(served.b).toBeGreaterThan(0);
      expect(fired.dropResponse ?? 0).toBeGreaterThan(0);

      const rows = await a.query<{ id: string; data: Record<string, unknown> }>(
        `SELECT id, data FROM records WHERE tbl = 'trainingSessions' AND id = ANY($1::text[])`,
        [ids],
      );
      expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
      // Sequential writes per phone, phones in turn: the newest write is the last one made.
      for (const row of rows) expect(row.data.place).toBe(last.get(`${row.id}.place`));
      for (const phone of phones) {
        expect(await phone.db.outbox.count()).toBe(0);
        for (const row of rows) {
          const local = syncedPart((await phone.db.trainingSessions.get(row.id))!);
          expect(local).toEqual(row.data);
        }
      }
      const twice = await b.query(
        `SELECT record_id, field, lost_clock, won_clock FROM overwrites
          GROUP BY 1, 2, 3, 4 HAVING count(*) > 1`,
      );
      expect(twice).toEqual([]);
      const devices = await b.query<{ id: string; last: number }>(
        'SELECT id, last_applied_seq::float8 AS last FROM devices WHERE id = ANY($1::text[])',
        [phones.map((p) => p.enrolment.deviceId)],
      );
      expect(devices.map((d) => d.last)).toEqual([12, 12, 12]); // 6 rounds × (create + edit), each once
    });

    it('the enrolment rate limit counts failures on both servers together', async () => {
      await a.query('DELETE FROM attempts');
      for (let i = 0; i < 10; i++) {
        const server = i % 2 ? b : a;
        const res = await postJson(`${server.url}/api/v1/enrol`, { protocol: 1, code: `WRONG${i}XY` });
        expect(res.status).toBe(400);
      }
      const code = await a.enrolmentCode(COMMUNE_A);
      for (const server of [a, b]) {
        const limited = await postJson(`${server.url}/api/v1/enrol`, { protocol: 1, code });
        expect(limited.status).toBe(429);
      }
      await a.query('DELETE FROM attempts');
      expect((await postJson(`${b.url}/api/v1/enrol`, { protocol: 1, code })).status).toBe(200);
    });

    it('an admin session signed in on one server works on the other, and signing out ends it on both', async () => {
      const login = await postJson<{ token: string }>(a.url + ADMIN_API.login, {
        username: 'admin',
        password: TEST_ADMIN_PASSWORD,
      });
      expect(login.status).toBe(200);
      const overview = (server: TestServer) =>
        fetch(server.url + ADMIN_API.overview, { headers: { authorization: `Bearer ${login.body.token}` } });
      expect((await overview(b)).status).toBe(200);
      const out = await fetch(b.url + ADMIN_API.logout, {
        method: 'POST',
        headers: { authorization: `Bearer ${login.body.token}` },
      });
      expect(out.status).toBe(204);
      expect((await overview(a)).status).toBe(401);
      expect((await overview(b)).status).toBe(401);
    });
  },
);
