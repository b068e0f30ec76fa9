// Importing a phone's backup at the province through the real server: the file's mutations go through
// the sync's own applyPush as that device, so importing twice, or importing then syncing the same
// numbers, applies each change once; an unknown or revoked device, another commune's changes or a
// malformed body are refused with 4xx and nothing applied. PGlite and PostgreSQL.
import type { WireMutation } from '@/protocol/sync-messages';
import { BACKUP_API, type BackupImportResponse } from '@/protocol/backup-messages';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, postJson } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('backup import on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(() => server?.close());

    const importFile = (deviceId: string, communeId: string, mutations: WireMutation[], token?: string) =>
      postJson<BackupImportResponse & { error?: string }>(
        server.url + BACKUP_API.import,
        { deviceId, communeId, createdAt: Date.now(), mutations },
        { token: token ?? server.adminToken },
      );
    const sessionsOf = async (ids: string[]) =>
      (
        await server.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM records WHERE tbl = $1 AND id = ANY($2::text[])',
          ['trainingSessions', ids],
        )
      )[0]!.n;
    const lastSeq = async (deviceId: string) =>
      (
        await server.query<{ last: number }>(
          'SELECT last_applied_seq::float8 AS last FROM devices WHERE id = $1',
          [deviceId],
        )
      )[0]!.last;

    it('applies a file once however often it is imported', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const file = [phone.newTraining(), phone.newTraining(), phone.newTraining()];
      const first = await importFile(phone.enrolment.deviceId, COMMUNE_A, file);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ applied: 3, duplicate: 0, rejected: 0 });
      const second = await importFile(phone.enrolment.deviceId, COMMUNE_A, file);
      expect(second.body).toEqual({ applied: 0, duplicate: 3, rejected: 0 });
      expect(await sessionsOf(file.map((m) => m.id))).toBe(3);
      expect(await lastSeq(phone.enrolment.deviceId)).toBe(3);
      const audit = await server.query<{ action: string; target: string }>(
        "SELECT action, target FROM admin_audit WHERE action = 'backup.import' AND target = $1",
        [`device:${phone.enrolment.deviceId}`],
      );
      expect(audit).toHaveLength(2);
    });

    it('a sync of the numbers a backup carried hears duplicates, then later numbers apply', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const file = [phone.newTraining(), phone.newTraining()];
      expect((await importFile(phone.enrolment.deviceId, COMMUNE_A, file)).body.applied).toBe(2);
      // The phone, back in coverage, still holds the same outbox and sends it with one new change.
      const later = phone.newTraining();
      const res = await phone.sync([...file, later]);
      expect(res.status).toBe(200);
      expect(res.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'applied']);
      expect(await sessionsOf([...file, later].map((m) => m.id))).toBe(3);
    });

    it('refuses a revoked device with 4xx and applies nothing', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      await server.query('UPDATE devices SET revoked_at = $2 WHERE id = $1', [
        phone.enrolment.deviceId,
        Date.now(),
      ]);
      const file = [phone.newTraining()];
      const res = await importFile(phone.enrolment.deviceId, COMMUNE_A, file);
      expect(res.status).toBe(409);
      expect(await sessionsOf([file[0]!.id])).toBe(0);
      expect(await lastSeq(phone.enrolment.deviceId)).toBe(0);
    });

    it('refuses an unknown device, another commune and a malformed body, applying nothing', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const file = [phone.newTraining()];
      expect((await importFile('no-such-device', COMMUNE_A, file)).status).toBe(404);
      expect((await importFile(phone.enrolment.deviceId, COMMUNE_B, file)).status).toBe(409);
      const foreign = [
        phone.newTraining(),
        phone.mutation('trainingSessions', 'x-1', {}, { communeId: COMMUNE_B }),
      ];
      expect((await importFile(phone.enrolment.deviceId, COMMUNE_A, foreign)).status).toBe(409);
      const bad = await postJson(
        server.url + BACKUP_API.import,
        { deviceId: phone.enrolment.deviceId },
        {
          token: server.adminToken,
        },
      );
      expect(bad.status).toBe(400);
      expect(await sessionsOf([...file, ...foreign].map((m) => m.id))).toBe(0);
      expect(await lastSeq(phone.enrolment.deviceId)).toBe(0);
    });

    it('is for administrators only', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const res = await importFile(phone.enrolment.deviceId, COMMUNE_A, [phone.newTraining()], phone.token);
      expect(res.status).toBe(401);
    });
  });
});
