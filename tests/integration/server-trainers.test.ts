// Trainers chosen from the team reach the server and back: a session naming its trainers' member ids is
// accepted, and an old free-text session (no ids) stays valid — both on PGlite and PostgreSQL.
import { newId } from '@/domain/ids';
import { sessionTrainers, type TrainingSessionFields } from '@/domain/training-session';
import { BACKENDS, backendTitle } from './support/backends';
import { COMMUNE_A, Phone, trainingFields, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('trainers from the team on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await server?.close();
    });

    it('accepts member ids beside the names and keeps old free-text sessions readable', async () => {
      const phone = await Phone.enrol(server, COMMUNE_A);
      const withIds = phone.mutation('trainingSessions', newId(), {
        ...trainingFields(VILLAGE_A),
        trainers: ['Vàng A Sử (mẫu)', 'Cô giáo Lan'],
        trainerMemberIds: ['sample-member-1', null],
        deleted: false,
      });
      const old = phone.mutation('trainingSessions', newId(), {
        ...trainingFields(VILLAGE_A),
        deleted: false,
      });
      const res = await phone.sync([withIds, old]);
      expect(res.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      // A second phone of the commune pulls both, as the server keeps them.
      const other = await Phone.enrol(server, COMMUNE_A);
      const { rows } = await other.pullAll();
      const a = rows.get(`trainingSessions/${withIds.id}`) as unknown as TrainingSessionFields;
      const b = rows.get(`trainingSessions/${old.id}`) as unknown as TrainingSessionFields;
      expect(sessionTrainers(a)).toEqual([
        { name: 'Vàng A Sử (mẫu)', memberId: 'sample-member-1' },
        { name: 'Cô giáo Lan', memberId: null },
      ]);
      expect(sessionTrainers(b)).toEqual([{ name: 'Vàng A Sử', memberId: null }]);
    });
  });
});
