// Every path that wipes a phone's synced data, against the real server (PGlite): enrolling into ANOTHER
// commune is refused while changes or photos of the old one are unsent (the new commune's device could
// never send them), saying how many and changing nothing; into the same commune it goes ahead; the sync's
// own reset (a phone too far behind) keeps the outbox and the waiting photos.
import { Blob as NodeBlob } from 'node:buffer';
import { BanSoDatabase } from '@/storage/database';
import { sessionStore } from '@/storage/session-store';
import { enrolDevice, UnsentWorkError } from '@/sync/enrol';
import { finishReset, resetLocal } from '@/sync/pull-apply';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { EnginePhone } from './sync-phone';
import { COMMUNE_A, COMMUNE_B, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(() => server?.close());

async function enrolledWithUnsent() {
  const db = new BanSoDatabase(`enrol-unsent-${Math.random()}`);
  sessionStore.setState({ mode: 'real', db, enrolment: null });
  const enrolment = await enrolDevice({ serverUrl: server.url, code: await server.enrolmentCode(COMMUNE_A) });
  const phone = new EnginePhone(server, enrolment, db, {});
  const session = await phone.create('trainingSessions', trainingContent(VILLAGE_A, 'Nhà văn hóa'));
  await db.photos.add({
    hash: 'c'.repeat(64),
    blob: new NodeBlob([new Uint8Array([1])]) as Blob,
    thumb: new NodeBlob([]) as Blob,
    type: 'image/jpeg',
    size: 1,
    width: 1,
    height: 1,
    state: 'waiting',
    takenAt: Date.now(),
  });
  return { db, enrolment, session };
}

describe('wiping a phone while work is unsent', () => {
  it('refuses to enrol into another commune, saying how many changes and photos wait, changing nothing', async () => {
    const { db, enrolment, session } = await enrolledWithUnsent();
    const code = await server.enrolmentCode(COMMUNE_B);
    const attempt = enrolDevice({ serverUrl: server.url, code });
    await expect(attempt).rejects.toBeInstanceOf(UnsentWorkError);
    await expect(attempt).rejects.toMatchObject({ changes: 1, photos: 1 });
    expect(sessionStore.getState().enrolment).toEqual(enrolment);
    expect(await db.trainingSessions.get(session.id)).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
    expect(await db.photos.count()).toBe(1);
  });

  it('enrols again into the same commune with work unsent (a revoked phone does so to send it)', async () => {
    const { db, session } = await enrolledWithUnsent();
    const again = await enrolDevice({ serverUrl: server.url, code: await server.enrolmentCode(COMMUNE_A) });
    expect(again.communeId).toBe(COMMUNE_A);
    expect(await db.trainingSessions.get(session.id)).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
  });

  it("the sync's reset keeps unsent changes and waiting photos", async () => {
    const { db, session } = await enrolledWithUnsent();
    await resetLocal(db);
    await finishReset(db);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.photos.count()).toBe(1);
    expect(await db.trainingSessions.get(session.id)).toMatchObject({ place: 'Nhà văn hóa' });
  });
});
