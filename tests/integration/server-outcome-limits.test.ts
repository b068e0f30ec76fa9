// Numbers that cannot be true are refused by the server, not only by the phone's form: the same rules from
// src/domain, applied to the merged record of every push, so an old or hostile client hears a per-mutation
// "rejected" with the reason, nothing of it is stored, and the rest of the batch flows. PGlite and PostgreSQL.
import { newId } from '@/domain/ids';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, Phone, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const helpFields = (people: number, households: number) => ({
  villageId: VILLAGE_A,
  helperId: 'helper-outcome-limits',
  date: '2026-11-20',
  kind: 'vneid',
  peopleHelped: people,
  householdsHelped: households,
  notes: '',
});

describe.each(BACKENDS)('per-person limits at the server on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    const stored = async (id: string) =>
      (
        await server.query<{ data: Record<string, unknown> }>('SELECT data FROM records WHERE id = $1', [id])
      )[0]?.data;

    it('refuses more VNeID activations than people trained, and lets the rest of the batch through', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const before = phone.newTraining();
      const impossible = phone.newTraining({
        attendees: { total: 5, women: 2, ethnicMinority: 5, ageBands: {} },
        outcomes: { 'vneid-activated': 999_999 },
      });
      const atTheLimit = phone.newTraining({
        attendees: { total: 5, women: 2, ethnicMinority: 5, ageBands: {} },
        outcomes: { 'vneid-activated': 5, 'public-service-submitted': 40 },
      });
      const res = await phone.sync([before, impossible, atTheLimit]);
      expect(res.status).toBe(200);
      expect(res.body.results).toEqual([
        { seq: before.seq, status: 'applied' },
        {
          seq: impossible.seq,
          status: 'rejected',
          reason: 'errors.outcomeExceedsAttendees',
          detail: 'outcomes.vneid-activated: 999999 > attendees.total 5',
        },
        { seq: atTheLimit.seq, status: 'applied' },
      ]);
      expect(await stored(impossible.id)).toBeUndefined();
      expect(await stored(atTheLimit.id)).toBeDefined();
    });

    it('refuses an edit that lowers the attendees below an outcome already stored, keeping the row as it was', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const session = phone.newTraining(); // 25 people, 8 VNeID activations
      expect((await phone.sync([session])).body.results[0]?.status).toBe('applied');
      const row = await stored(session.id);
      const lowered = phone.mutation('trainingSessions', session.id, {
        attendees: { total: 3, women: 1, ethnicMinority: 3, ageBands: {} },
      });
      const res = await phone.sync([lowered]);
      expect(res.body.results).toEqual([
        expect.objectContaining({ status: 'rejected', reason: 'errors.outcomeExceedsAttendees' }),
      ]);
      expect(await stored(session.id)).toEqual(row);
    });

    it('refuses more households helped than people helped by one help activity', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const impossible = phone.mutation('helpActivities', newId(), helpFields(3, 9));
      const possible = phone.mutation('helpActivities', newId(), helpFields(3, 3));
      const res = await phone.sync([impossible, possible]);
      expect(res.body.results).toEqual([
        expect.objectContaining({
          seq: impossible.seq,
          status: 'rejected',
          reason: 'errors.householdsExceedPeople',
        }),
        { seq: possible.seq, status: 'applied' },
      ]);
      expect(await stored(impossible.id)).toBeUndefined();
      expect(await stored(possible.id)).toBeDefined();
    });
  });
});
