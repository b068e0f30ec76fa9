// Restoring a backup file onto a new phone of the same commune, against the real server (PGlite and
// PostgreSQL): the restored changes go out under the NEW device's numbers, so the device guard treats them
// as new — proven harmless here: they carry the old phone's clocks, the per-field merge sees the same
// writes again, and no record row, report total or audit entry changes a second time, whether the file was
// also imported at the province, or the old phone syncs later, or both.
import { BACKUP_API, type BackupImportResponse } from '@/protocol/backup-messages';
import { backupContent } from '@/features/settings/backup-file';
import { restoreBackup } from '@/features/settings/backup-restore';
import type { EnginePhone as Phone } from './sync-phone';
import { EnginePhone } from './sync-phone';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, VILLAGE_A, postJson } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('backup restored onto a new phone on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(() => server?.close());

    /** Everything at the province that a change applied twice would touch: each row's write number
     * and content, the commune's report totals and its audit trail of overwritten values. */
    const province = async () => ({
      rows: await server.query<{ id: string; seq: string; data: unknown }>(
        'SELECT id, seq::text AS seq, data FROM records WHERE commune_id = $1 AND tbl = $2 ORDER BY id',
        [COMMUNE_A, 'trainingSessions'],
      ),
      totals: await server.query<{ facet: string; records: string; people: string }>(
        `SELECT facet, sum(records)::text AS records, sum(people)::text AS people FROM report_day_totals
          WHERE commune_id = $1 GROUP BY facet ORDER BY facet`,
        [COMMUNE_A],
      ),
      overwrites: (
        await server.query<{ n: number }>('SELECT count(*)::int AS n FROM overwrites WHERE commune_id = $1', [
          COMMUNE_A,
        ])
      )[0]!.n,
    });

    /** An old phone with one record already synced, then (offline) two new sessions and an edit of the
     * synced one: what its backup file carries. */
    async function oldPhoneWithUnsent(): Promise<{ old: Phone; ids: string[] }> {
      const old = await EnginePhone.enrol(server, COMMUNE_A);
      const synced = await old.create('trainingSessions', trainingContent(VILLAGE_A, 'Nhà văn hóa'));
      await old.settle();
      const a = await old.create('trainingSessions', trainingContent(VILLAGE_A, 'Trường tiểu học'));
      const b = await old.create('trainingSessions', trainingContent(VILLAGE_A, 'Nhà trưởng thôn'));
      await old.write('trainingSessions', synced.id, { place: 'Nhà văn hóa thôn (mới)' });
      return { old, ids: [synced.id, a.id, b.id] };
    }

    const importAtProvince = (content: Awaited<ReturnType<typeof backupContent>>) =>
      postJson<BackupImportResponse>(server.url + BACKUP_API.import, content, { token: server.adminToken });

    it('imported at the province AND restored on a new phone, then both phones sync: every change once', async () => {
      const { old, ids } = await oldPhoneWithUnsent();
      const file = await backupContent(old.db, old.enrolment, Date.now());
      expect(file.mutations).toHaveLength(3);

      const fresh = await EnginePhone.enrol(server, COMMUNE_A);
      const restored = await restoreBackup(fresh.db, fresh.enrolment, file, Date.now());
      expect(restored).toEqual({ ok: true, changes: 3, photos: 0 });
      expect(await fresh.db.outbox.count()).toBe(3);
      // The two new sessions are this phone's records at once; the edit waits for its record to be pulled.
      expect(await fresh.db.trainingSessions.bulkGet(ids)).toMatchObject([
        undefined,
        { place: 'Trường tiểu học' },
        { place: 'Nhà trưởng thôn' },
      ]);

      expect((await importAtProvince(file)).body).toEqual({ applied: 3, duplicate: 0, rejected: 0 });
      const afterImport = await province();
      expect(afterImport.rows.filter((r) => ids.includes(r.id))).toHaveLength(3);

      await fresh.settle(); // new numbers for the server: applied, but the merge finds nothing new
      expect(await province()).toEqual(afterImport);
      expect(await fresh.db.trainingSessions.get(ids[0]!)).toMatchObject({ place: 'Nhà văn hóa thôn (mới)' });

      await old.settle(); // the old phone comes back: its own numbers are duplicates
      expect(await province()).toEqual(afterImport);
      expect(await old.db.outbox.count()).toBe(0);
    });

    it('restored first and synced from the new phone, then the old phone syncs: nothing rewritten', async () => {
      const { old, ids } = await oldPhoneWithUnsent();
      const file = await backupContent(old.db, old.enrolment, Date.now());
      const fresh = await EnginePhone.enrol(server, COMMUNE_A);
      expect((await restoreBackup(fresh.db, fresh.enrolment, file, Date.now())).ok).toBe(true);
      await fresh.settle();
      const afterRestore = await province();
      expect(afterRestore.rows.filter((r) => ids.includes(r.id))).toHaveLength(3);

      await old.settle(); // new to the server by number, the same writes by clock: applied as no-ops
      expect(await province()).toEqual(afterRestore);
      // And a later edit on the new phone still wins: its clock moved past the restored changes.
      await fresh.write('trainingSessions', ids[1]!, { place: 'Nhà văn hóa mới' });
      await fresh.settle();
      const [row] = await server.query<{ place: string }>(
        "SELECT data->>'place' AS place FROM records WHERE tbl = 'trainingSessions' AND id = $1",
        [ids[1]],
      );
      expect(row?.place).toBe('Nhà văn hóa mới');
    });

    it('a second restore of the same file adds nothing, and a file of another commune is refused untouched', async () => {
      const { old } = await oldPhoneWithUnsent();
      const file = await backupContent(old.db, old.enrolment, Date.now());
      const fresh = await EnginePhone.enrol(server, COMMUNE_A);
      expect((await restoreBackup(fresh.db, fresh.enrolment, file, Date.now())).ok).toBe(true);
      expect(await restoreBackup(fresh.db, fresh.enrolment, file, Date.now())).toEqual({
        ok: false,
        reason: 'nothingNew',
      });
      expect(await fresh.db.outbox.count()).toBe(3);

      const elsewhere = await EnginePhone.enrol(server, COMMUNE_B);
      expect(await restoreBackup(elsewhere.db, elsewhere.enrolment, file, Date.now())).toEqual({
        ok: false,
        reason: 'otherCommune',
      });
      expect(await elsewhere.db.outbox.count()).toBe(0);
      expect(await elsewhere.db.trainingSessions.count()).toBe(0);
    });
  });
});
