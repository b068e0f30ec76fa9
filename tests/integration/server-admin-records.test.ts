// The drill-down behind the province overview over real HTTP: one commune's live records of one table,
// newest change first, paged with a cursor, tombstones and other communes left out; bad queries get a
// 400 with a reason.
import { adminRecordsResponseSchema, type AdminRecordsResponse } from '@/protocol/admin-messages';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, VILLAGE_A, VILLAGE_B } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('province drill-down records on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    const get = async <T>(path: string, token = server.adminToken) => {
      const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: (await res.json()) as T };
    };
    const recordsOf = (query: string) => get<AdminRecordsResponse>(`/api/v1/admin/records?${query}`);
    const places: string[] = [];
    const OTHER_VILLAGE_A = 'sample-bx-ta-van';
    let deletedId = '';
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
      const a = await Phone.enrol(server, COMMUNE_A);
      const b = await Phone.enrol(server, COMMUNE_B);
      // The sessions' change numbers cross a power of ten (…98, 99, 100…), so an order or cursor that
      // compared them as text would show up.
      const [{ last } = { last: 0 }] = await server.query<{ last: number }>(
        'SELECT last_value::float8 AS last FROM change_seq',
      );
      await server.query(`SELECT setval('change_seq', $1)`, [10 ** Math.ceil(Math.log10(last + 4)) - 3]);
      for (let i = 0; i < 5; i++) {
        places.push(`Nhà văn hoá ${i}`);
        const res = await a.sync([a.newTraining({ villageId: VILLAGE_A, place: `Nhà văn hoá ${i}` })]);
        expect(res.body.results[0]?.status).toBe('applied');
      }
      const gone = a.newTraining({ place: 'Đã xoá' });
      deletedId = gone.id;
      await a.sync([gone, a.mutation('trainingSessions', gone.id, { deleted: true })]);
      await b.sync([b.newTraining({ villageId: VILLAGE_B, place: 'Xã khác' })]);
      // Another village of the same commune, on two days either side of a period's edge.
      await a.sync([
        a.newTraining({ villageId: OTHER_VILLAGE_A, place: 'Tả Van, 31/12', date: '2026-12-31' }),
        a.newTraining({ villageId: OTHER_VILLAGE_A, place: 'Tả Van, 01/01', date: '2027-01-01' }),
      ]);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('pages one commune training sessions newest first, without tombstones or other communes', async () => {
      const first = await recordsOf(
        `communeId=${COMMUNE_A}&villageId=${VILLAGE_A}&table=trainingSessions&limit=3`,
      );
      expect(first.status).toBe(200);
      adminRecordsResponseSchema.parse(first.body);
      expect(first.body.next).not.toBeNull();
      const second = await recordsOf(
        `communeId=${COMMUNE_A}&villageId=${VILLAGE_A}&table=trainingSessions&limit=3&after=${first.body.next ?? ''}`,
      );
      expect(second.body.next).toBeNull();
      const all = [...first.body.records, ...second.body.records];
      expect(all.map((r) => r.fields.place)).toEqual([...places].reverse());
      expect(all.map((r) => r.id)).not.toContain(deletedId);
      expect(all[0]).toMatchObject({ villageId: VILLAGE_A, fields: { attendees: expect.any(Number) } });
      expect(all[0]?.villageName).toEqual(expect.any(String));
      expect(all[0]?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('narrows to one village and to the days of a period, both days included', async () => {
      const village = await recordsOf(
        `communeId=${COMMUNE_A}&villageId=${OTHER_VILLAGE_A}&table=trainingSessions`,
      );
      expect(village.body.records.map((r) => r.fields.place)).toEqual(['Tả Van, 01/01', 'Tả Van, 31/12']);
      const commune = await recordsOf(`communeId=${COMMUNE_A}&table=trainingSessions&limit=200`);
      expect(commune.body.records).toHaveLength(places.length + 2);
      const year = await recordsOf(
        `communeId=${COMMUNE_A}&villageId=${OTHER_VILLAGE_A}&table=trainingSessions&from=2026-01-01&to=2026-12-31`,
      );
      expect(year.body.records.map((r) => r.fields.place)).toEqual(['Tả Van, 31/12']);
      const half = await recordsOf(`communeId=${COMMUNE_A}&table=trainingSessions&from=2026-01-01`);
      expect(half).toMatchObject({ status: 400, body: { reason: 'errors.period' } });
      const reversed = await recordsOf(
        `communeId=${COMMUNE_A}&table=trainingSessions&from=2026-12-31&to=2026-01-01`,
      );
      expect(reversed.status).toBe(400);
    });

    it('lists nothing for a table without records in the commune', async () => {
      const res = await recordsOf(`communeId=${COMMUNE_B}&table=helpActivities`);
      expect(res.body).toEqual({ records: [], next: null });
    });

    it('refuses a bad query with 400 and a reason, and an unknown commune', async () => {
      const table = await recordsOf(`communeId=${COMMUNE_A}&table=teamMembers`);
      expect(table.status).toBe(400);
      expect(table.body).toMatchObject({ error: 'bad_request', reason: 'errors.badRequest' });
      const limit = await recordsOf(`communeId=${COMMUNE_A}&table=trainingSessions&limit=0`);
      expect(limit.status).toBe(400);
      const cursor = await recordsOf(`communeId=${COMMUNE_A}&table=trainingSessions&after=x1`);
      expect(cursor.status).toBe(400);
      const missing = await recordsOf('table=trainingSessions');
      expect(missing.status).toBe(400);
      const unknown = await recordsOf('communeId=xa-khong-co&table=trainingSessions');
      expect(unknown).toMatchObject({ status: 400, body: { error: 'unknown_commune' } });
    });

    it('needs an administrator session', async () => {
      const res = await get(`/api/v1/admin/records?communeId=${COMMUNE_A}&table=trainingSessions`, 'nope');
      expect(res.status).toBe(401);
    });
  });
});
