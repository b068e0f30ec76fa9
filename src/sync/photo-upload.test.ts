// The photo channel's rules on the phone, with a fake network: records go first (a photo whose record
// still has a change waiting is not sent, not even asked about), a photo whose record the province
// rejected is removed, and one the province already holds is marked sent without an upload.
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { BanSoDatabase } from '@/storage/database';
import { savePhoto } from '@/storage/photos';
import { createRecord } from '@/storage/record-writer';
import { uploadWaitingPhotos, writeWifiOnly } from './photo-upload';

const ctx = { communeId: 'c1', actor: 'm1' };
let n = 0;
const fresh = () => new BanSoDatabase(`photo-upload-${n++}`);
const photo = (byte: number) => ({
  blob: new Blob([new Uint8Array([byte, 1, 2, 3])]),
  thumb: new Blob([]),
  type: 'image/webp' as const,
  width: 1280,
  height: 960,
});

async function withRecord(db: BanSoDatabase, byte: number) {
  const hash = await savePhoto(db, photo(byte));
  const record = await createRecord(
    db,
    'trainingSessions',
    { ...trainingContent('v1', 'Nhà văn hóa'), photos: [hash] },
    ctx,
  );
  return { hash, recordId: record.id };
}

describe('photo upload', () => {
  const calls: string[] = [];
  beforeEach(() => {
    calls.length = 0;
    vi.stubGlobal('fetch', async (url: URL | string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${String(url)}`);
      return new Response(null, { status: 200 }); // "the province holds it"
    });
  });
  afterEach(() => vi.unstubAllGlobals());
  const run = (db: BanSoDatabase, connectionType?: string) =>
    uploadWaitingPhotos({
      db,
      serverUrl: 'http://province.test',
      token: 't',
      connectionType: () => connectionType,
    });

  it('sends nothing for a photo whose record still has a change waiting: records go first', async () => {
    const db = fresh();
    await withRecord(db, 1);
    expect(await run(db)).toEqual({ sent: 0, cleaned: 0, stopped: null });
    expect(calls).toEqual([]);
  });

  it('marks sent, without uploading, a photo the province already holds once its record is there', async () => {
    const db = fresh();
    const { hash } = await withRecord(db, 2);
    await db.outbox.clear(); // the record was pushed
    expect(await run(db)).toMatchObject({ sent: 1 });
    expect(calls).toEqual([`HEAD http://province.test/api/v1/photos/${hash}`]);
    expect((await db.photos.get(hash))?.state).toBe('sent');
  });

  it('removes a photo whose record the province rejected', async () => {
    const db = fresh();
    const { hash } = await withRecord(db, 3);
    await db.outbox.toCollection().modify({ status: 'rejected', reason: 'errors.outOfScope' });
    expect(await run(db)).toMatchObject({ cleaned: 1 });
    expect(await db.photos.get(hash)).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('holds photos back on a metered link when "only on Wi‑Fi" is on', async () => {
    const db = fresh();
    await withRecord(db, 4);
    await db.outbox.clear();
    await writeWifiOnly(db, true);
    expect(await run(db, 'cellular')).toMatchObject({ sent: 0, stopped: 'wifi' });
    expect(await run(db, 'wifi')).toMatchObject({ sent: 1 });
  });
});
