// A phone whose clock was set a day ahead, against the real server: while the clock is wrong the server
// refuses its syncs; once corrected, the changes stamped a day ahead are re-stamped under the server's
// time and reach the server exactly once, later edits are accepted, and the phone matches the server.
import { decodeHlc, MAX_DRIFT_MS } from '@/domain/hlc';
import { getMeta, META } from '@/storage/meta';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { EnginePhone } from './sync-phone';
import { COMMUNE_A, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';
import { syncedPart } from '@/storage/search-index';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

const DAY = 86_400_000;

describe('a phone whose clock was once far ahead', () => {
  it('heals once the clock is corrected: nothing lost, nothing doubled, later edits accepted', async () => {
    let skew = DAY;
    const phone = await EnginePhone.enrol(server, COMMUNE_A, { now: () => Date.now() + skew });
    const rec = await phone.create('trainingSessions', trainingContent(VILLAGE_A, 'Giờ chạy nhanh'));
    await phone.write('trainingSessions', rec.id, { notes: 'sửa khi giờ sai' });

    const wrong = await phone.sync();
    expect(wrong).toMatchObject({ ok: false, failure: 'clockDrift' });

    skew = 0; // the user sets the clock right; the stored clock is still a day ahead
    const healed = await phone.sync();
    expect(healed).toMatchObject({ ok: true, restamped: 2, rejected: 2 });
    expect(await phone.db.outbox.count()).toBe(0);
    const rows = await server.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM records WHERE id = $1',
      [rec.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.data).toMatchObject({ place: 'Giờ chạy nhanh', notes: 'sửa khi giờ sai' });
    const clock = decodeHlc((await getMeta<string>(phone.db, META.clock))!);
    expect(clock.millis).toBeLessThanOrEqual(Date.now() + MAX_DRIFT_MS);

    await phone.write('trainingSessions', rec.id, { notes: 'sửa sau khi chỉnh giờ' });
    const later = await phone.sync();
    expect(later).toMatchObject({ ok: true, acknowledged: 1, rejected: 0, restamped: 0 });
    const [after] = await server.query<{ data: Record<string, unknown> }>(
      'SELECT data FROM records WHERE id = $1',
      [rec.id],
    );
    expect(after?.data.notes).toBe('sửa sau khi chỉnh giờ');
    const local = syncedPart((await phone.db.trainingSessions.get(rec.id))!);
    expect(local).toEqual(after?.data);
    const [{ n } = { n: 0 }] = await server.query<{ n: number }>(
      `SELECT count(*)::float8 AS n FROM rejected_mutations WHERE device_id = $1`,
      [phone.enrolment.deviceId],
    );
    expect(n).toBe(2); // the two refusals, then the re-stamped changes applied under new numbers
  });
});
