// Photos inside a backup file, imported at the province through the real server: each photo passes the
// same checks as that device's tus upload (SHA-256, sniffed type, size, a live record of the device's
// commune naming it) and is stored once by its hash — importing the file twice stores nothing twice, and
// the phone, syncing later, hears the province already holds it. PGlite and PostgreSQL, disk and database.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '@/domain/ids';
import {
  BACKUP_API,
  type BackupImportResponse,
  type BackupPhotoImportResponse,
} from '@/protocol/backup-messages';
import type { WireMutation } from '@/protocol/sync-messages';
import { PHOTO_API } from '@/protocol/photo-api';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, postJson, VILLAGE_B } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';
import { sha256 } from './support/tus-client';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/photos/${name}`, import.meta.url));
const jpeg = fixture('class-small.jpg');
const webp = fixture('class-small.webp');
const big = fixture('class-1280.jpg');

const STORES = [
  { name: 'disk', database: false },
  { name: 'database', database: true },
] as const;

describe.each(BACKENDS)('photos in a backup import on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    describe.each(STORES)('photos kept in the $name', (store) => {
      let server: TestServer;
      let dir: string;
      beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), 'ban-so-backup-photos-'));
        server = await startTestServer({
          databaseUrl: backend.databaseUrl,
          photos: store.database
            ? { store: 'database', dailyLimitPerDevice: 200 }
            : { store: 'disk', dir, dailyLimitPerDevice: 200 },
        });
      }, 120_000);
      afterAll(async () => {
        await server?.close();
        rmSync(dir, { recursive: true, force: true });
      });

      const importRecords = (phone: Phone, mutations: WireMutation[]) =>
        postJson<BackupImportResponse>(
          server.url + BACKUP_API.import,
          {
            deviceId: phone.enrolment.deviceId,
            communeId: phone.enrolment.communeId,
            createdAt: 1,
            mutations,
          },
          { token: server.adminToken },
        );
      const importPhoto = (
        deviceId: string,
        bytes: Buffer,
        over: Partial<{ hash: string; type: string }> = {},
      ) =>
        postJson<BackupPhotoImportResponse & { error?: string }>(
          server.url + BACKUP_API.importPhoto,
          {
            deviceId,
            hash: over.hash ?? sha256(bytes),
            type: over.type ?? 'image/jpeg',
            data: bytes.toString('base64'),
          },
          { token: server.adminToken },
        );
      const photoRows = async (hashes: string[]) =>
        (
          await server.query<{ n: number }>('SELECT count(*)::int AS n FROM photos WHERE hash = ANY($1)', [
            hashes,
          ])
        )[0]!.n;

      it('stores each photo of a file once however often the file is imported, shown in the drill-down', async () => {
        const phone = await Phone.enrol(server, COMMUNE_A);
        const hashes = [sha256(jpeg), sha256(big)];
        const id = newId();
        const file = [phone.newTraining({ photos: hashes }, id)];
        for (let round = 0; round < 2; round++) {
          expect((await importRecords(phone, file)).status).toBe(200);
          const answers = [
            await importPhoto(phone.enrolment.deviceId, jpeg),
            await importPhoto(phone.enrolment.deviceId, big),
          ];
          expect(answers.map((a) => a.status)).toEqual([200, 200]);
          const expected = round === 0 ? 'stored' : 'duplicate';
          expect(answers.map((a) => a.body.status)).toEqual([expected, expected]);
        }
        expect(await photoRows(hashes)).toBe(2);
        const res = await fetch(`${server.url}${PHOTO_API.adminPhoto.replace(':hash', hashes[0]!)}`, {
          headers: { authorization: `Bearer ${server.adminToken}` },
        });
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer()).equals(jpeg)).toBe(true);
        // The phone, syncing later, asks first and hears the province holds it: it sends nothing again.
        const held = await fetch(`${server.url}${PHOTO_API.photo.replace(':hash', hashes[1]!)}`, {
          method: 'HEAD',
          headers: { authorization: `Bearer ${phone.token}` },
        });
        expect(held.status).toBe(200);
      });

      it('refuses wrong hash, wrong or disguised type, a photo no record names, another commune and a revoked device with 4xx, storing nothing', async () => {
        const phone = await Phone.enrol(server, COMMUNE_A);
        const other = await Phone.enrol(server, COMMUNE_B);
        const webpHash = sha256(webp);
        const polyglot = Buffer.concat([jpeg, Buffer.from('<script>alert(1)</script>')]);
        const device = phone.enrolment.deviceId;
        // No live record names it yet (the first test's photos are named, so use the WebP fixture).
        expect((await importPhoto(device, webp, { type: 'image/webp' })).status).toBe(422);
        const otherId = newId();
        const syncOther = await other.sync([
          other.newTraining({ villageId: VILLAGE_B, photos: [webpHash, sha256(polyglot)] }, otherId),
        ]);
        expect(syncOther.body.results[0]).toMatchObject({ status: 'applied' });
        // Named by nobody in this commune (only by commune B's record).
        expect((await importPhoto(device, webp, { type: 'image/webp' })).status).toBe(403);
        // Named by this commune's record, but the bytes are not what they claim.
        const file = [phone.newTraining({ photos: [webpHash, sha256(polyglot)] })];
        expect((await importRecords(phone, file)).body.applied).toBe(1);
        expect((await importPhoto(device, webp, { type: 'image/jpeg' })).status).toBe(415);
        expect((await importPhoto(device, webp, { type: 'image/webp', hash: sha256(jpeg) })).status).toBe(
          422,
        );
        expect((await importPhoto(device, polyglot)).status).toBe(415);
        const oversized = Buffer.concat([big, Buffer.alloc(160 * 1024)]);
        expect((await importPhoto(device, oversized)).status).toBe(400);
        await server.query('UPDATE devices SET revoked_at = $2 WHERE id = $1', [device, Date.now()]);
        expect((await importPhoto(device, webp, { type: 'image/webp' })).status).toBe(409);
        expect(await photoRows([webpHash, sha256(polyglot), sha256(oversized)])).toBe(0);
      });
    });
  });
});
