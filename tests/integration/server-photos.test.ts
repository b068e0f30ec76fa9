// Photo evidence through the real server: tus uploads in pieces after the record, stored once by
// SHA-256 on disk or in the database, resumed after a cut without resending finished pieces; hostile
// uploads (wrong type, polyglot, oversized, wrong hash, another commune's record, revoked device) refused
// with 4xx and nothing stored. PGlite and PostgreSQL.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Upload } from 'tus-js-client';
import { newId } from '@/domain/ids';
import { PHOTO_API, PHOTO_PIECE_BYTES } from '@/protocol/photo-api';
import { photoEvidence } from '@/server/photos/photo-evidence';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, VILLAGE_B } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';
import { createUpload, patchCut, patchPiece, sha256, uploadOffset } from './support/tus-client';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/photos/${name}`, import.meta.url)));
const big = fixture('class-1280.jpg');
const small = fixture('class-small.jpg');
const webp = fixture('class-small.webp');

function tusUpload(server: TestServer, phone: Phone, bytes: Uint8Array, recordId: string) {
  return new Promise<string>((resolve, reject) => {
    const upload = new Upload(Buffer.from(bytes), {
      endpoint: server.url + PHOTO_API.uploads,
      chunkSize: PHOTO_PIECE_BYTES,
      headers: { authorization: `Bearer ${phone.token}` },
      metadata: { hash: sha256(bytes), filetype: 'image/jpeg', table: 'trainingSessions', recordId },
      retryDelays: [],
      storeFingerprintForResuming: false,
      onError: reject,
      onSuccess: () => resolve(upload.url ?? ''),
    });
    upload.start();
  });
}

const STORES = [
  { name: 'disk', database: false },
  { name: 'database', database: true },
] as const;

describe.each(BACKENDS)('photo uploads on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    describe.each(STORES)('photos kept in the $name', (store) => {
      let server: TestServer;
      let phone: Phone;
      let other: Phone;
      let dir: string;
      const photoRows = async () =>
        (await server.query<{ n: number }>('SELECT count(*)::int AS n FROM photos'))[0]!.n;
      const leftovers = async () => {
        const rows = await server.query<{ n: number }>('SELECT count(*)::int AS n FROM photo_uploads');
        const files = store.database
          ? []
          : readdirSync(join(dir, 'uploads')).filter((f) => !f.startsWith('.'));
        return rows[0]!.n + files.length;
      };
      /** Pushes a training session naming the photos; returns its id. */
      const recordNaming = async (p: Phone, hashes: string[]) => {
        const id = newId();
        const village = p.enrolment.communeId === COMMUNE_B ? { villageId: VILLAGE_B } : {};
        const res = await p.sync([p.newTraining({ ...village, photos: hashes }, id)]);
        expect(res.body.results[0]).toMatchObject({ status: 'applied' });
        return id;
      };

      beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), 'ban-so-photos-'));
        server = await startTestServer({
          databaseUrl: backend.databaseUrl,
          photos: store.database
            ? { store: 'database', dailyLimitPerDevice: 6 }
            : { store: 'disk', dir, dailyLimitPerDevice: 6 },
        });
        phone = await Phone.enrol(server, COMMUNE_A);
        other = await Phone.enrol(server, COMMUNE_B);
      }, 120_000);
      afterAll(async () => {
        await server?.close();
        rmSync(dir, { recursive: true, force: true });
      });

      it('a photo named by its record uploads in pieces with tus and is stored once under its SHA-256', async () => {
        const hash = sha256(big);
        const recordId = await recordNaming(phone, [hash]);
        const head = () =>
          fetch(`${server.url}/api/v1/photos/${hash}`, {
            method: 'HEAD',
            headers: { authorization: `Bearer ${phone.token}` },
          });
        expect((await head()).status).toBe(404);
        await tusUpload(server, phone, big, recordId);
        await tusUpload(server, phone, big, recordId); // a retry after a lost answer
        expect((await head()).status).toBe(200);
        expect(
          await server.query('SELECT hash, size, commune_id FROM photos WHERE hash = $1', [hash]),
        ).toEqual([{ hash, size: big.length, commune_id: COMMUNE_A }]);
        const res = await fetch(`${server.url}/api/v1/admin/photos/${hash}`, {
          headers: { authorization: `Bearer ${server.adminToken}` },
        });
        expect(res.headers.get('content-type')).toBe('image/jpeg');
        expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(hash);
        const drill = await fetch(
          `${server.url}/api/v1/admin/records?communeId=${COMMUNE_A}&table=trainingSessions&limit=50`,
          { headers: { authorization: `Bearer ${server.adminToken}` } },
        );
        const { records } = (await drill.json()) as { records: { id: string; photos?: string[] }[] };
        expect(records.find((r) => r.id === recordId)?.photos).toEqual([hash]); // the drill-down shows it
        expect(await leftovers()).toBe(0);
        if (!store.database) expect(readFileSync(join(dir, hash.slice(0, 2), hash)).length).toBe(big.length);
        expect(await photoEvidence(server.db, { communeId: COMMUNE_A })).toContainEqual({
          communeId: COMMUNE_A,
          table: 'trainingSessions',
          records: 1,
        });
      });

      it('a link cut mid-piece resumes from what arrived: finished pieces are never sent again', async () => {
        const bytes = webp;
        const hash = sha256(bytes);
        const recordId = await recordNaming(phone, [hash]);
        const created = await createUpload(server.url, phone.token, {
          hash,
          filetype: 'image/webp',
          recordId,
          size: bytes.length,
        });
        expect(created.status).toBe(201);
        const first = await patchPiece(created.location!, phone.token, 0, bytes.subarray(0, 3000));
        expect(first.offset).toBe(3000);
        await patchCut(created.location!, phone.token, 3000, bytes.subarray(3000), 2000);
        const { offset } = await uploadOffset(created.location!, phone.token);
        expect(offset).toBeGreaterThanOrEqual(3000); // never behind a finished piece
        const last = await patchPiece(created.location!, phone.token, offset, bytes.subarray(offset));
        expect(last.status).toBe(204);
        const [row] = await server.query<{ mime: string }>('SELECT mime FROM photos WHERE hash = $1', [hash]);
        expect(row?.mime).toBe('image/webp');
      });

      it('refuses hostile uploads with 4xx and stores nothing', async () => {
        const before = await photoRows();
        const png = new Uint8Array(Buffer.from('\x89PNG\r\n\x1a\n' + 'x'.repeat(200), 'latin1'));
        const polyglot = new Uint8Array(
          Buffer.concat([small, Buffer.from('PK\x03\x04<html><script>x</script>')]),
        );
        const oversized = new Uint8Array(300 * 1024);
        const send = async (
          p: Phone,
          bytes: Uint8Array,
          o: { hash?: string; filetype?: string; recordId?: string; name?: string[] } = {},
        ) => {
          const hash = o.hash ?? sha256(bytes);
          const recordId = o.recordId ?? (await recordNaming(p, o.name ?? [hash]));
          const created = await createUpload(server.url, p.token, {
            hash,
            filetype: o.filetype,
            recordId,
            size: bytes.length,
          });
          if (created.status !== 201) return created.status;
          return (await patchPiece(created.location!, p.token, 0, bytes)).status;
        };
        expect(await send(phone, png, { filetype: 'image/png' })).toBe(415); // declared type refused
        expect(await send(phone, png)).toBe(415); // declared JPEG, really PNG
        expect(await send(phone, polyglot)).toBe(415);
        expect(await send(phone, oversized)).toBe(413);
        const wrong = sha256(webp).replace(/^./, (c) => (c === '0' ? '1' : '0'));
        expect(await send(phone, small, { hash: wrong })).toBe(422);
        const theirs = await recordNaming(other, [sha256(small)]);
        expect(await send(phone, small, { recordId: theirs })).toBe(403);
        expect(await send(phone, small, { recordId: newId() })).toBe(409); // record not sent yet
        expect(await send(phone, small, { name: [] })).toBe(422); // the record does not name it

        const revoked = await Phone.enrol(server, COMMUNE_A);
        const recordId = await recordNaming(revoked, [sha256(small)]);
        const created = await createUpload(server.url, revoked.token, {
          hash: sha256(small),
          recordId,
          size: small.length,
        });
        const revoke = await fetch(
          `${server.url}/api/v1/admin/devices/${revoked.enrolment.deviceId}/revoke`,
          {
            method: 'POST',
            headers: { authorization: `Bearer ${server.adminToken}` },
          },
        );
        expect(revoke.status).toBe(200);
        expect((await patchPiece(created.location!, revoked.token, 0, small)).status).toBe(401);
        expect(
          (
            await createUpload(server.url, revoked.token, {
              hash: sha256(small),
              recordId,
              size: small.length,
            })
          ).status,
        ).toBe(401);
        // Another device cannot touch this upload either.
        expect((await patchPiece(created.location!, phone.token, 0, small)).status).toBe(404);

        expect(await photoRows()).toBe(before);
        const stored = await server.query<{ hash: string }>('SELECT hash FROM photos WHERE hash = ANY($1)', [
          [sha256(png), sha256(polyglot), sha256(oversized), wrong, sha256(small)],
        ]);
        expect(stored).toEqual([]);
        await server.query('DELETE FROM photo_uploads WHERE id LIKE $1', [`%.${revoked.enrolment.deviceId}`]);
        if (!store.database)
          for (const f of readdirSync(join(dir, 'uploads')))
            if (f.includes(revoked.enrolment.deviceId)) rmSync(join(dir, 'uploads', f));
        expect(await leftovers()).toBe(0);
      });

      it('a device past its daily limit is refused with 429; retrying a photo already counted is not', async () => {
        const fresh = await Phone.enrol(server, COMMUNE_A);
        const hashes = Array.from({ length: 7 }, (_, i) => sha256(new Uint8Array([i, 1, 2, 3])));
        const recordId = await recordNaming(fresh, hashes.slice(0, 5));
        const start = (hash: string, id = recordId) =>
          createUpload(server.url, fresh.token, { hash, recordId: id, size: 100 }).then((r) => r.status);
        for (const hash of hashes.slice(0, 5)) expect(await start(hash)).toBe(201);
        expect(await start(hashes[0]!)).toBe(201); // the same photo again: still counted once
        const second = await recordNaming(fresh, hashes.slice(5));
        expect(await start(hashes[5]!, second)).toBe(201);
        expect(await start(hashes[6]!, second)).toBe(429);
      });
    });
  });
});
