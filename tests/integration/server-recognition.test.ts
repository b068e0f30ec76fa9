// Thôn số recognition through the real server: a commune phone proposes (a synced record), the province
// confirms or returns it with a reason (record + audit in one transaction), and the phone pulls the
// decision. Devices never decide, never propose another commune's village, never edit a decided proposal.
import criteriaSample from '@catalogs/samples/criteria.sample.json';
import { newId } from '@/domain/ids';
import type { RecognitionItem } from '@/protocol/recognition-messages';
import { recognisedVillages } from '@/server/reports/recognised-villages';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, COMMUNE_B, Phone, postJson, VILLAGE_A, VILLAGE_B } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const VERSION = criteriaSample.version;
const ALL_CODES = criteriaSample.data.criteria.map((c) => c.code);

/** The criteria as proposed: `met` codes met, the rest in progress. */
function proposal(villageId: string, met: readonly string[] = ALL_CODES) {
  return {
    villageId,
    criteriaVersion: VERSION,
    criteria: ALL_CODES.map((code) => ({
      code,
      status: met.includes(code) ? 'met' : 'in_progress',
      numerator: code === 'fibre' ? 80 : null,
      denominator: code === 'fibre' ? 86 : null,
      assessedOn: '2026-11-20',
    })),
    proposedBy: 'sample-member-1',
    proposedOn: '2026-11-24',
    note: 'Thôn đã đạt đủ tiêu chí',
  };
}

describe.each(BACKENDS)('Thôn số recognition on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    let phone: Phone;
    let other: Phone;
    const decide = (id: string, body: unknown, token = server.adminToken) =>
      postJson<RecognitionItem & { reason?: string }>(
        `${server.url}/api/v1/admin/recognitions/${id}/decision`,
        body,
        { token },
      );
    const list = async (query = '') => {
      const res = await fetch(`${server.url}/api/v1/admin/recognitions${query}`, {
        headers: { authorization: `Bearer ${server.adminToken}` },
      });
      return { status: res.status, body: (await res.json()) as { recognitions: RecognitionItem[] } };
    };
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
      phone = await Phone.enrol(server, COMMUNE_A);
      other = await Phone.enrol(server, COMMUNE_B);
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('propose → push → confirm → pull: the phone sees the decision, the audit keeps who and when', async () => {
      const id = newId();
      const pushed = await phone.sync([
        phone.mutation('recognitions', id, { ...proposal(VILLAGE_A), deleted: false }),
      ]);
      expect(pushed.body.results[0]).toMatchObject({ status: 'applied' });

      const pending = await list('?state=pending');
      const item = pending.body.recognitions.find((r) => r.id === id);
      expect(item).toMatchObject({
        state: 'pending',
        communeName: 'Xã Bát Xát (mẫu)',
        villageName: expect.stringContaining('Suối Chải'),
        criteriaVersion: VERSION,
        sample: true,
        proposedByName: expect.any(String),
      });
      expect(item?.criteria.find((c) => c.code === 'team')).toMatchObject({
        name: 'Có tổ công nghệ số cộng đồng hoạt động',
        required: true,
        status: 'met',
      });

      const confirmed = await decide(id, { decision: 'confirmed' });
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ state: 'confirmed', decidedBy: 'admin' });
      expect(confirmed.body.history).toEqual([
        { decision: 'confirmed', reason: '', actor: 'admin', at: expect.any(Number) },
      ]);
      const audit = await server.query<{
        decision: string;
        before: { decision?: string };
        after: { decision: string };
      }>('SELECT decision, before, after FROM recognition_decisions WHERE recognition_id = $1', [id]);
      expect(audit).toEqual([
        expect.objectContaining({
          decision: 'confirmed',
          after: expect.objectContaining({ decision: 'confirmed' }),
        }),
      ]);
      expect(audit[0]?.before.decision).toBeUndefined();

      const { rows } = await phone.pullAll();
      expect(rows.get(`recognitions/${id}`)).toMatchObject({ decision: 'confirmed', decidedBy: 'admin' });
      expect(await recognisedVillages(server.db, { communeId: COMMUNE_A })).toEqual([
        { communeId: COMMUNE_A, villageId: VILLAGE_A, recognisedAt: expect.any(Number) },
      ]);
    });

    it('a decided proposal is closed: no second decision, no device edit, no new proposal for the village', async () => {
      const [first] = (await list('?state=confirmed')).body.recognitions;
      expect(first).toBeDefined();
      expect((await decide(first!.id, { decision: 'returned', reason: 'Sai' })).status).toBe(409);
      const edit = phone.mutation('recognitions', first!.id, { note: 'sửa sau khi duyệt' });
      const again = phone.mutation('recognitions', newId(), { ...proposal(VILLAGE_A), deleted: false });
      const res = await phone.sync([edit, again]);
      expect(res.body.results.map((r) => r.reason)).toEqual([
        'errors.recognitionDecided',
        'errors.alreadyRecognised',
      ]);
      expect((await list('?state=confirmed')).body.recognitions).toHaveLength(1);
    });

    it('returns a proposal only with a reason, and the phone pulls the reason', async () => {
      const village = 'sample-bx-son-ha';
      const id = newId();
      await phone.sync([phone.mutation('recognitions', id, { ...proposal(village), deleted: false })]);
      const noReason = await decide(id, { decision: 'returned', reason: '  ' });
      expect(noReason.status).toBe(400);
      const returned = await decide(id, { decision: 'returned', reason: 'Thiếu minh chứng Wi-Fi' });
      expect(returned.body).toMatchObject({ state: 'returned', decisionReason: 'Thiếu minh chứng Wi-Fi' });
      const { rows } = await phone.pullAll();
      expect(rows.get(`recognitions/${id}`)).toMatchObject({
        decision: 'returned',
        decisionReason: 'Thiếu minh chứng Wi-Fi',
      });
      // A returned village is proposed again as a new record: the first stays in the history.
      const second = await phone.sync([
        phone.mutation('recognitions', newId(), { ...proposal(village), deleted: false }),
      ]);
      expect(second.body.results[0]?.status).toBe('applied');
      const forVillage = (await list()).body.recognitions.filter((r) => r.villageId === village);
      expect(forVillage.map((r) => r.state).sort()).toEqual(['pending', 'returned']);
    });

    it('refuses a proposal that does not meet the rule, or that writes the decision itself', async () => {
      const notEligible = phone.mutation('recognitions', newId(), {
        ...proposal('sample-bx-ta-van', ['team', 'channel']),
        deleted: false,
      });
      const selfConfirmed = phone.mutation('recognitions', newId(), {
        ...proposal('sample-bx-y-ty'),
        decision: 'confirmed',
        deleted: false,
      });
      const res = await phone.sync([notEligible, selfConfirmed]);
      expect(res.body.results.map((r) => r.reason)).toEqual([
        'errors.notEligible',
        'errors.provinceOnlyField',
      ]);
      expect(
        await server.query('SELECT 1 FROM records WHERE id = ANY($1)', [[notEligible.id, selfConfirmed.id]]),
      ).toEqual([]);
    });

    it("refuses a proposal for another commune's village, and a commune device cannot decide (4xx)", async () => {
      const foreign = phone.mutation('recognitions', newId(), { ...proposal(VILLAGE_B), deleted: false });
      const res = await phone.sync([foreign]);
      expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: 'errors.outOfScope' });
      expect(await server.query('SELECT 1 FROM records WHERE id = $1', [foreign.id])).toEqual([]);

      const id = newId();
      await other.sync([other.mutation('recognitions', id, { ...proposal(VILLAGE_B), deleted: false })]);
      const byDevice = await decide(id, { decision: 'confirmed' }, other.token);
      expect(byDevice.status).toBe(401);
      const byPhoneA = await decide(id, { decision: 'confirmed' }, phone.token);
      expect(byPhoneA.status).toBe(401);
      expect((await decide('no-such-id', { decision: 'confirmed' })).status).toBe(404);
      expect((await decide(id, { decision: 'maybe' })).status).toBe(400);
      const [row] = await server.query<{ data: { decision?: string } }>(
        'SELECT data FROM records WHERE id = $1',
        [id],
      );
      expect(row?.data.decision).toBeUndefined();
      expect(
        await server.query('SELECT 1 FROM recognition_decisions WHERE recognition_id = $1', [id]),
      ).toEqual([]);
    });
  });
});
