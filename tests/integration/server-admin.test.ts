// The province administration API over real HTTP: sign-in, CSV import of administrative units (with
// line-numbered errors and nothing written), catalog publishing, team members that reach phones,
// enrolment codes, devices with their last sync, and the per-commune overview computed from records.
import { BACKENDS, backendTitle } from './support/backends';
import { databaseDigest } from './support/database-digest';
import { Phone, postJson } from './support/sync-client';
import { startTestServer, TEST_ADMIN_PASSWORD, type TestServer } from './support/test-server';

const CSV_HEADER = 'commune_id,commune_name,commune_kind,village_id,village_name';

describe.each(BACKENDS)('province admin API on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    const get = async <T>(path: string, token = server.adminToken) => {
      const res = await fetch(server.url + path, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: (await res.json()) as T };
    };
    const post = <T>(path: string, body: unknown) =>
      postJson<T>(server.url + path, body, { token: server.adminToken });
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('signs in with the password, refuses a wrong one, and a signed-out session stops working', async () => {
      const bad = await postJson(`${server.url}/api/v1/admin/login`, {
        username: 'admin',
        password: 'wrong',
      });
      expect(bad.status).toBe(401);
      const ok = await postJson<{ token: string; username: string; expiresAt: number }>(
        `${server.url}/api/v1/admin/login`,
        {
          username: 'admin',
          password: TEST_ADMIN_PASSWORD,
        },
      );
      expect(ok.status).toBe(200);
      expect(ok.body.expiresAt).toBeGreaterThan(Date.now());
      const [stored] = await server.query<{ password_hash: string }>('SELECT password_hash FROM admins');
      expect(stored?.password_hash).toMatch(/^scrypt\$/);
      expect((await get('/api/v1/admin/overview', ok.body.token)).status).toBe(200);
      const out = await fetch(`${server.url}/api/v1/admin/logout`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ok.body.token}` },
      });
      expect(out.status).toBe(204);
      expect((await get('/api/v1/admin/overview', ok.body.token)).status).toBe(401);
    });

    it('refuses a CSV with errors, naming each line, and writes nothing', async () => {
      const before = await databaseDigest(server);
      const csv = [
        CSV_HEADER,
        'xa-a,Xã A,xa,a-1,Thôn 1',
        'xa-a,Xã A,huyen,a-2,Thôn 2',
        'xa-a,Xã A,xa,a-1,Thôn trùng',
        'xa b,Xã B,xa,b-1,Thôn 1',
        'xa-c,Xã C,phuong,c-1',
      ].join('\n');
      const res = await post<{ reason: string; lines: { line: number; message: string }[] }>(
        '/api/v1/admin/admin-units',
        {
          csv,
          version: '2026.2',
        },
      );
      expect(res.status).toBe(400);
      expect(res.body.reason).toBe('errors.csv');
      expect(res.body.lines.map((l) => l.line)).toEqual([3, 4, 5, 6]);
      const header = await post<{ lines: { line: number }[] }>('/api/v1/admin/admin-units', {
        csv: 'a,b\n1,2',
        version: '2026.3',
      });
      expect(header.body.lines[0]?.line).toBe(1);
      expect(await databaseDigest(server)).toEqual(before);
    });

    it('imports administrative units from CSV and a phone of a new commune receives only its own', async () => {
      const csv = `\uFEFF${CSV_HEADER}\r\nxa-y-ty,Xã Y Tý,xa,yt-1,Thôn Mò Phú Chải\r\nxa-y-ty,Xã Y Tý,xa,yt-2,"Thôn Lao Chải, Y Tý"\r\nphuong-cam-duong,Phường Cam Đường,phuong,cd-1,Tổ 1\r\n`;
      const res = await post<{ communes: number; villages: number }>('/api/v1/admin/admin-units', {
        csv,
        version: 'csv-2026.1',
        source: 'test',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ version: 'csv-2026.1', communes: 2, villages: 3 });
      const phone = await Phone.enrol(server, 'xa-y-ty');
      expect(phone.enrolment.communeName).toBe('Xã Y Tý');
      const units = (await phone.sync()).body.catalogs.find(
        (c) => (c as { kind: string }).kind === 'adminUnits',
      ) as {
        version: string;
        data: { villages: { name: string }[] };
      };
      expect(units.version).toBe('csv-2026.1');
      expect(units.data.villages.map((v) => v.name)).toEqual(['Thôn Mò Phú Chải', 'Thôn Lao Chải, Y Tý']);
      const list = await get<{ catalogs: { kind: string; version: string; current: boolean }[] }>(
        '/api/v1/admin/catalogs',
      );
      expect(list.body.catalogs.filter((c) => c.kind === 'adminUnits')).toEqual([
        expect.objectContaining({ version: 'sample-2026.1', current: false }),
        expect.objectContaining({ version: 'csv-2026.1', current: true }),
      ]);
    });

    it('team members created and deactivated by the province reach the commune phones', async () => {
      const phone = await Phone.enrol(server, 'xa-y-ty');
      await phone.pullAll();
      const created = await post<{ id: string }>('/api/v1/admin/team-members', {
        communeId: 'xa-y-ty',
        villageId: 'yt-1',
        name: 'Sùng A Páo',
        role: 'leader',
      });
      expect(created.status).toBe(201);
      const first = await phone.pullAll();
      expect(first.rows.get(`teamMembers/${created.body.id}`)).toMatchObject({
        name: 'Sùng A Páo',
        active: true,
        villageId: 'yt-1',
      });
      const off = await post(`/api/v1/admin/team-members/${created.body.id}/deactivate`, {});
      expect(off.status).toBe(200);
      const second = await phone.pullAll();
      expect(second.rows.get(`teamMembers/${created.body.id}`)).toMatchObject({ active: false });
      const list = await get<{ members: { id: string; active: boolean }[] }>(
        '/api/v1/admin/team-members?communeId=xa-y-ty',
      );
      expect(list.body.members).toEqual([
        expect.objectContaining({ id: created.body.id, active: false, name: 'Sùng A Páo' }),
      ]);
    });

    it('lists enrolment codes and devices with their last sync', async () => {
      const phone = await Phone.enrol(server, 'xa-y-ty');
      await phone.sync();
      const codes = await get<{ codes: { code: string; usedAt: number | null; communeId: string | null }[] }>(
        '/api/v1/admin/enrolment-codes',
      );
      expect(codes.body.codes.some((c) => c.usedAt !== null && c.communeId === 'xa-y-ty')).toBe(true);
      expect(codes.body.codes.every((c) => /^[A-HJ-NP-Z2-9]{8}$/.test(c.code))).toBe(true);
      const devices = await get<{
        devices: { deviceId: string; lastSyncAt: number | null; communeId: string }[];
      }>('/api/v1/admin/devices');
      const mine = devices.body.devices.find((d) => d.deviceId === phone.enrolment.deviceId);
      expect(mine).toMatchObject({ communeId: 'xa-y-ty', revokedAt: null, name: 'test phone' });
      expect(mine?.lastSyncAt).toBeGreaterThan(Date.now() - 60_000);
    });

    it('the overview computes each commune figures from its records', async () => {
      const phone = await Phone.enrol(server, 'xa-y-ty');
      const training = (villageId: string, total: number, women: number) =>
        phone.newTraining({ villageId, attendees: { total, women, ethnicMinority: total, ageBands: {} } });
      const a = training('yt-1', 20, 11);
      const b = training('yt-2', 30, 9);
      const deleted = training('yt-1', 100, 0);
      const res = await phone.sync([
        a,
        b,
        deleted,
        phone.mutation('trainingSessions', deleted.id, { deleted: true }),
      ]);
      expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
      const overview = await get<{ communes: Record<string, unknown>[] }>('/api/v1/admin/overview');
      const yty = overview.body.communes.find((c) => c.communeId === 'xa-y-ty');
      expect(yty).toMatchObject({
        communeName: 'Xã Y Tý',
        villages: 2,
        trainingSessions: 2,
        attendees: 50,
        women: 20,
        ethnicMinority: 50,
      });
      expect(yty?.criteriaTotal).toBe(20);
      expect(yty?.devices).toBeGreaterThanOrEqual(1);
    });
  });
});
