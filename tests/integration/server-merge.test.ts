// Sync invariants over real HTTP: replays (whole, partial, reordered) change nothing, a rejected
// mutation never blocks the queue, conflicts merge per field with the losing value in the audit trail,
// tombstones, purge and resets, concurrent creation of one row. Runs on PGlite and PostgreSQL.
import { newId } from '@/domain/ids';
import { purgeTombstones } from '@/server/sync/purge-tombstones';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, Phone, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('sync invariants on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('replaying a push whole, partly or reordered changes nothing', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const batch = [phone.newTraining(), phone.newTraining(), phone.newTraining()];
      batch.push(phone.mutation('trainingSessions', batch[0]!.id, { place: 'Đã sửa' }));
      // first delivery arrives reordered: the server applies in seq order
      const first = await phone.sync([batch[2]!, batch[0]!, batch[3]!, batch[1]!]);
      expect(first.body.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
      const snapshot = async () =>
        server.query(
          `SELECT tbl, id, data, seq::text FROM records WHERE tbl = 'trainingSessions' ORDER BY id`,
        );
      const before = await snapshot();
      const whole = await phone.sync(batch);
      expect(whole.body.results.every((r) => r.status === 'duplicate')).toBe(true);
      const partial = await phone.sync([batch[1]!, batch[3]!]);
      expect(partial.body.results.every((r) => r.status === 'duplicate')).toBe(true);
      const reordered = await phone.sync([...batch].reverse());
      expect(reordered.body.results.every((r) => r.status === 'duplicate')).toBe(true);
      expect(await snapshot()).toEqual(before);
      const [device] = await server.query<{ last: number }>(
        'SELECT last_applied_seq::float8 AS last FROM devices WHERE id = $1',
        [phone.enrolment.deviceId],
      );
      expect(device?.last).toBe(4);
    });

    it('a rejected mutation answers with its reason and does not block the ones after it', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const good1 = phone.newTraining();
      const bad = phone.newTraining({ attendees: { total: 5, women: 9, ethnicMinority: 0, ageBands: {} } });
      const unknownTopic = phone.newTraining({ topics: ['not-a-topic'] });
      const good2 = phone.newTraining();
      const res = await phone.sync([good1, bad, unknownTopic, good2]);
      expect(res.body.results).toEqual([
        { seq: good1.seq, status: 'applied' },
        expect.objectContaining({ seq: bad.seq, status: 'rejected', reason: 'errors.exceedsTotal' }),
        expect.objectContaining({ seq: unknownTopic.seq, status: 'rejected', reason: 'errors.unknownCode' }),
        { seq: good2.seq, status: 'applied' },
      ]);
      const ids = (await server.query<{ id: string }>('SELECT id FROM records')).map((r) => r.id);
      expect(ids).toContain(good2.id);
      expect(ids).not.toContain(bad.id);
      // The number advanced past the rejected one, but a retry (its answer was lost) hears the rejection
      // again — answering "duplicate" would make the phone drop a change the server refused.
      const again = await phone.sync([good1, bad, unknownTopic]);
      expect(again.body.results).toEqual([
        { seq: good1.seq, status: 'duplicate' },
        expect.objectContaining({ seq: bad.seq, status: 'rejected', reason: 'errors.exceedsTotal' }),
        expect.objectContaining({ seq: unknownTopic.seq, status: 'rejected', reason: 'errors.unknownCode' }),
      ]);
    });

    it('validates the merged record: a partial patch of an unknown record is rejected', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const res = await phone.sync([phone.mutation('trainingSessions', newId(), { place: 'Chỉ có nơi' })]);
      expect(res.body.results[0]).toMatchObject({ status: 'rejected' });
      expect(res.body.results[0]?.reason).toMatch(/^errors\./);
    });

    it('two officials creating one criterion row offline keep both real values, not each other defaults', async () => {
      const one = await Phone.enrol(server, COMMUNE_A, 'sample-member-1');
      const two = await Phone.enrol(server, COMMUNE_A, 'sample-member-2');
      const id = `${VILLAGE_A}~digital-address`;
      const row = (status: string, note: string) => ({
        villageId: VILLAGE_A,
        criterionCode: 'digital-address',
        criteriaVersion: 'sample-2026.1',
        status,
        numerator: null,
        denominator: null,
        note,
        assessedBy: 'sample-official-1',
        assessedOn: '2026-11-20',
      });
      const t = Date.now();
      const met = one.mutation('checklistProgress', id, row('met', ''), {
        hlc: one.stamp(t - 60_000),
        weak: ['note', 'numerator', 'denominator'],
      });
      const noted = two.mutation(
        'checklistProgress',
        id,
        row('not_started', 'Biển địa chỉ số ở nhà văn hóa'),
        {
          hlc: two.stamp(t - 1_000),
          weak: ['status', 'numerator', 'denominator'],
        },
      );
      expect((await two.sync([noted])).body.results[0]?.status).toBe('applied');
      expect((await one.sync([met])).body.results[0]?.status).toBe('applied');
      const [stored] = await server.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM records WHERE tbl = 'checklistProgress' AND id = $1`,
        [id],
      );
      expect(stored?.data).toMatchObject({ status: 'met', note: 'Biển địa chỉ số ở nhà văn hóa' });
    });

    it('merges concurrent edits per field, keeps the losing value in the audit and sends it to the commune', async () => {
      const one = await Phone.enrol(server, COMMUNE_A, 'sample-member-1');
      const two = await Phone.enrol(server, COMMUNE_A, 'sample-member-2');
      const id = `${VILLAGE_A}~wifi`;
      const base = {
        villageId: VILLAGE_A,
        criterionCode: 'wifi',
        criteriaVersion: 'sample-2026.1',
        status: 'in_progress',
        numerator: null,
        denominator: null,
        note: '',
        assessedBy: 'sample-official-1',
        assessedOn: '2026-11-20',
      };
      const t = Date.now();
      const create = one.mutation('checklistProgress', id, base, { hlc: one.stamp(t - 60_000) });
      expect((await one.sync([create])).body.results[0]?.status).toBe('applied');
      const later = one.mutation('checklistProgress', id, { status: 'met' }, { hlc: one.stamp(t - 1_000) });
      const earlier = two.mutation(
        'checklistProgress',
        id,
        { status: 'not_started', note: 'Chưa có Wi-Fi' },
        { hlc: two.stamp(t - 30_000) },
      );
      await one.sync([later]);
      const res = await two.sync([earlier]);
      expect(res.body.results[0]?.status).toBe('applied');
      const [row] = await server.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM records WHERE tbl = 'checklistProgress' AND id = $1`,
        [id],
      );
      expect(row?.data).toMatchObject({ status: 'met', note: 'Chưa có Wi-Fi' });
      const audit = await server.query<{ field: string; lost_value: unknown; lost_author: string }>(
        `SELECT field, lost_value, lost_author FROM overwrites WHERE record_id = $1 ORDER BY seq`,
        [id],
      );
      expect(audit).toContainEqual({
        field: 'status',
        lost_value: 'not_started',
        lost_author: 'sample-member-2',
      });
      const official = await Phone.enrol(server, COMMUNE_A, 'sample-official-1');
      const { overwrites } = await official.pullAll();
      expect(overwrites).toContainEqual(
        expect.objectContaining({
          recordId: id,
          field: 'status',
          lostValue: 'not_started',
          lostAuthor: 'sample-member-2',
          wonValue: 'met',
        }),
      );
    });

    it('deletes travel as tombstones to the other phones', async () => {
      const one = await Phone.enrol(server, COMMUNE_A);
      const two = await Phone.enrol(server, COMMUNE_A);
      const m = one.newTraining();
      await one.sync([m]);
      await two.pullAll();
      await one.sync([one.mutation('trainingSessions', m.id, { deleted: true })]);
      const { rows } = await two.pullAll();
      expect(rows.get(`trainingSessions/${m.id}`)).toMatchObject({ deleted: true });
    });

    it('answers reset to a cursor older than the purge horizon or not issued by the server', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      await phone.pullAll();
      phone.cursor = 'garbage';
      const bad = await phone.sync();
      expect(bad.body).toMatchObject({ reset: true, rows: [] });
      phone.cursor = '1.1';
      await server.query(`INSERT INTO purge_horizons (commune_id, tx, seq) VALUES ('*', '2', 0)
        ON CONFLICT (commune_id) DO UPDATE SET tx = excluded.tx, seq = 0`);
      const behind = await phone.sync();
      expect(behind.body.reset).toBe(true);
      const fresh = await phone.pullAll();
      expect(fresh.rows.size).toBeGreaterThan(0);
      await server.query(`DELETE FROM purge_horizons`);
    });

    it('purging old tombstones moves the horizon: a phone behind it is reset, a phone after it is not', async () => {
      const writer = await Phone.enrol(server, COMMUNE_A);
      const behind = await Phone.enrol(server, COMMUNE_A);
      await behind.pullAll();
      const m = writer.newTraining();
      await writer.sync([m]);
      await writer.sync([writer.mutation('trainingSessions', m.id, { deleted: true })]);
      await writer.pullAll();
      await server.query('UPDATE records SET updated_at = 1 WHERE id = $1', [m.id]);
      expect(await purgeTombstones(server.db, Date.now() - 86_400_000)).toBe(1);
      expect(await server.query('SELECT 1 FROM records WHERE id = $1', [m.id])).toEqual([]);
      expect((await behind.sync()).body.reset).toBe(true);
      expect((await writer.sync()).body.reset).toBe(false);
      await server.query(`DELETE FROM purge_horizons`);
    });

    it('two phones creating the same checklist row at the same moment merge into one row', async () => {
      const one = await Phone.enrol(server, COMMUNE_A, 'sample-member-1');
      const two = await Phone.enrol(server, COMMUNE_A, 'sample-member-2');
      const fields = {
        villageId: VILLAGE_A,
        criterionCode: 'camera',
        criteriaVersion: 'sample-2026.1',
        status: 'in_progress',
        numerator: null,
        denominator: null,
        note: '',
        assessedBy: 'sample-official-1',
        assessedOn: '2026-11-20',
      };
      const id = `${VILLAGE_A}~camera`;
      const t = Date.now();
      await Promise.all([
        one.sync([
          one.mutation(
            'checklistProgress',
            id,
            { ...fields, note: 'Camera ở cổng thôn' },
            { hlc: one.stamp(t - 2_000) },
          ),
        ]),
        two.sync([
          two.mutation('checklistProgress', id, { ...fields, status: 'met' }, { hlc: two.stamp(t - 5_000) }),
        ]),
      ]);
      const rows = await server.query<{ data: Record<string, unknown> }>(
        `SELECT data FROM records WHERE id = $1`,
        [id],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]?.data).toMatchObject({ status: 'in_progress', note: 'Camera ở cổng thôn' });
      // the second to apply saw the first one's row: the losing status is in the audit trail
      const audit = await server.query<{ field: string; lost_value: unknown }>(
        'SELECT field, lost_value FROM overwrites WHERE record_id = $1',
        [id],
      );
      expect(audit).toContainEqual({ field: 'status', lost_value: 'met' });
    });
  });
});
