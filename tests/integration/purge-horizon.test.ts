// The tombstone purge horizon is per commune: purges of another commune's deletes never reset a quiet
// commune's phones, an empty page still moves the cursor (so a commune quiet for longer than
// TOMBSTONE_DAYS keeps up), while a phone behind its own commune's purge is still reset.
import { purgeTombstones } from '@/server/sync/purge-tombstones';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, trainingFields, VILLAGE_B } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';
import { newId } from '@/domain/ids';

describe.each(BACKENDS)('purge horizon per commune on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    /** Commune B creates and deletes a session, and the delete is purged as if TOMBSTONE_DAYS old. */
    async function purgeADeleteOfB(writer: Phone) {
      const id = newId();
      await writer.sync([writer.mutation('trainingSessions', id, trainingFields(VILLAGE_B))]);
      await writer.sync([writer.mutation('trainingSessions', id, { deleted: true })]);
      await server.query('UPDATE records SET updated_at = 1 WHERE id = $1', [id]);
      expect(await purgeTombstones(server.db, Date.now() - 86_400_000)).toBe(1);
    }

    it('a quiet commune is never reset by purges elsewhere, over two purges, and its cursor keeps moving', async () => {
      const quiet = await Phone.enrol(server, COMMUNE_A);
      const neverReceived = await Phone.enrol(server, COMMUNE_A);
      const writerB = await Phone.enrol(server, COMMUNE_B);
      const behindB = await Phone.enrol(server, COMMUNE_B);
      const province = await Phone.enrol(server, null);
      await quiet.pullAll();
      await behindB.pullAll();
      await province.pullAll();
      const cursors = [quiet.cursor];
      for (let purge = 1; purge <= 2; purge++) {
        await purgeADeleteOfB(writerB);
        const res = await quiet.sync();
        expect(res.body).toMatchObject({ reset: false, rows: [], hasMore: false });
        cursors.push(quiet.cursor);
        // "0.0" is what an older server handed a phone that never received a row: still the start.
        neverReceived.cursor = '0.0';
        expect((await neverReceived.sync()).body.reset).toBe(false);
      }
      expect(new Set(cursors).size).toBe(3); // an empty page still advanced the cursor each time
      const horizons = await server.query<{ commune_id: string }>('SELECT commune_id FROM purge_horizons');
      expect(horizons.map((h) => h.commune_id)).toEqual([COMMUNE_B]);
      // The guard still holds where it belongs: commune B's phone and the province phone missed a delete.
      expect((await behindB.sync()).body.reset).toBe(true);
      expect((await province.sync()).body.reset).toBe(true);
      expect((await writerB.sync()).body.reset).toBe(false);
    });
  });
});
