// The province screens' admin client (src/features/province/admin-client.ts) against the real server over
// real HTTP: sign-in, administrative units from CSV, catalogs, team members, enrolment codes, devices and
// revocation, and the overview — every response validated by the protocol's schemas on the way in.
import helpKindsSample from '@catalogs/samples/help-kinds.sample.json';
import { createAdminClient, type AdminClient } from '@/features/province/admin-client';
import { AdminApiError } from '@/features/province/admin-error';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, postJson } from './support/sync-client';
import { startTestServer, TEST_ADMIN_PASSWORD, type TestServer } from './support/test-server';

describe.each(BACKENDS)('province admin client on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    let admin: AdminClient;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
      admin = createAdminClient({ baseUrl: server.url, token: server.adminToken });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('signs in with the right password and refuses a wrong one as bad credentials', async () => {
      const anonymous = createAdminClient({ baseUrl: server.url });
      const session = await anonymous.login('admin', TEST_ADMIN_PASSWORD);
      expect(session.username).toBe('admin');
      expect(session.expiresAt).toBeGreaterThan(Date.now());
      const wrong = await anonymous.login('admin', 'not-the-password').catch((e: unknown) => e);
      expect(wrong).toBeInstanceOf(AdminApiError);
      expect((wrong as AdminApiError).failure).toBe('badCredentials');
    });

    it('treats an unknown token as an expired session', async () => {
      const expired = vi.fn();
      const stale = createAdminClient({ baseUrl: server.url, token: 'nope', onSessionExpired: expired });
      await expect(stale.devices()).rejects.toMatchObject({ failure: 'sessionExpired', status: 401 });
      expect(expired).toHaveBeenCalledOnce();
    });

    it('adds a team member to a commune, lists and deactivates them', async () => {
      const created = (await admin.createTeamMember({
        communeId: COMMUNE_A,
        villageId: null,
        name: 'Lý Thị Mai',
        role: 'member',
      })) as { id: string };
      const members = await admin.teamMembers(COMMUNE_A);
      expect(members.find((m) => m.id === created.id)).toMatchObject({ name: 'Lý Thị Mai', active: true });
      await admin.deactivateTeamMember(created.id);
      const after = await admin.teamMembers(COMMUNE_A);
      expect(after.find((m) => m.id === created.id)?.active).toBe(false);
    });

    it('issues an enrolment code, sees the enrolled phone, and revokes it', async () => {
      const code = await admin.createEnrolmentCode({ communeId: COMMUNE_A, ttlHours: 24 });
      expect(code.expiresAt).toBeGreaterThan(Date.now() + 23 * 3_600_000);
      expect((await admin.enrolmentCodes()).map((c) => c.code)).toContain(code.code);
      const enrol = await postJson<{ deviceId: string; token: string }>(`${server.url}/api/v1/enrol`, {
        protocol: 1,
        code: code.code,
        deviceName: 'Máy tổ trưởng',
      });
      expect(enrol.status).toBe(200);
      const device = (await admin.devices()).find((d) => d.deviceId === enrol.body.deviceId);
      expect(device).toMatchObject({ name: 'Máy tổ trưởng', communeId: COMMUNE_A, revokedAt: null });
      await admin.revokeDevice(enrol.body.deviceId);
      const revoked = (await admin.devices()).find((d) => d.deviceId === enrol.body.deviceId);
      expect(revoked?.revokedAt).not.toBeNull();
    });

    it('publishes a catalog version that becomes current, and refuses the same version twice', async () => {
      await admin.publishCatalog({
        kind: 'helpKinds',
        version: '2027.1',
        sample: false,
        source: 'Sở KH&CN',
        data: helpKindsSample.data,
      });
      const versions = (await admin.catalogs()).filter((c) => c.kind === 'helpKinds');
      expect(versions.find((c) => c.version === '2027.1')).toMatchObject({ current: true, sample: false });
      expect(versions.filter((c) => c.current)).toHaveLength(1);
      const again = await admin
        .publishCatalog({
          kind: 'helpKinds',
          version: '2027.1',
          sample: false,
          source: '',
          data: helpKindsSample.data,
        })
        .catch((e: unknown) => e);
      expect(again).toMatchObject({ failure: 'versionExists' });
    });

    it('shows every commune in the overview', async () => {
      const overview = await admin.overview();
      expect(overview.map((c) => c.communeId)).toContain(COMMUNE_A);
    });

    it('refuses a wrong CSV with line-numbered problems, then loads a right one', async () => {
      const header = 'commune_id,commune_name,commune_kind,village_id,village_name';
      const bad = await admin
        .importAdminUnits({ csv: `${header}\nbat-xat,Bát Xát,huyen,bx-1,Suối Chải\n`, version: '2026.9' })
        .catch((e: unknown) => e);
      expect(bad).toBeInstanceOf(AdminApiError);
      expect((bad as AdminApiError).lines.map((l) => l.line)).toEqual([2]);

      const csv = `${header}\n${COMMUNE_A},Bát Xát,xa,bx-1,Suối Chải\n${COMMUNE_A},Bát Xát,xa,bx-2,Tả Van\nsa-pa,Sa Pa,phuong,sp-1,Tổ 1\n`;
      await expect(
        admin.importAdminUnits({ csv, version: '2026.9', sample: false, source: '' }),
      ).resolves.toEqual({
        version: '2026.9',
        communes: 2,
        villages: 3,
      });
      const communes = await admin.communes();
      expect(communes.map((c) => [c.id, c.villageCount])).toEqual([
        [COMMUNE_A, 2],
        ['sa-pa', 1],
      ]);
    });
  });
});
