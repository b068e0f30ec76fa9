// DESIGN invariant 4: the pull cursor never skips a row, even when two server transactions commit out
// of order. Two real PostgreSQL transactions write through the server's own record store; the later one
// commits first; a pull in between must not move past the earlier, still-open one. Also: two
// transactions creating the same row are serialised by the row lock, so the second merges onto the first.
import pg from 'pg';
import type { SyncedRecord } from '@/domain/merge';
import type { Queryable } from '@/server/db/database';
import { lockAndLoad, recordKey, saveRecords } from '@/server/sync/record-store';
import { BACKENDS } from './support/backends';
import { COMMUNE_A, Phone, trainingFields, VILLAGE_A } from './support/sync-client';
import { startTestServer, type TestServer } from './support/test-server';

const postgres = BACKENDS.find((b) => b.name === 'PostgreSQL')!;

// Transactions held open side by side write to different villages: each write also updates its village's
// report totals in the same transaction (migration 004), and two writes to one village's totals queue.
const VILLAGES = ['sample-bx-son-ha', 'sample-bx-ta-van', 'sample-bx-lao-chai'];

function record(id: string, place: string, villageId = VILLAGE_A): SyncedRecord {
  const hlc = `${String(Date.now()).padStart(13, '0')}:0001:cursortest`;
  const fields = { ...trainingFields(villageId), place };
  return {
    id,
    communeId: COMMUNE_A,
    createdBy: 'sample-member-1',
    updatedAt: hlc,
    fieldClocks: Object.fromEntries(Object.keys(fields).map((k) => [k, hlc])),
    fieldAuthors: Object.fromEntries(Object.keys(fields).map((k) => [k, 'sample-member-1'])),
    deleted: false,
    schemaVersion: 1,
    ...fields,
  };
}

describe('pull cursor with transactions that commit out of order', () => {
  // PGlite runs one transaction at a time, so out-of-order commits cannot happen there: PostgreSQL only.
  describe.skipIf(postgres.skip !== null)(
    `on PostgreSQL${postgres.skip ? ` (${postgres.skip})` : ''}`,
    () => {
      let server: TestServer;
      const clients: pg.Client[] = [];
      beforeAll(async () => {
        server = await startTestServer({ databaseUrl: postgres.databaseUrl });
      }, 120_000);
      afterAll(async () => {
        for (const c of clients) await c.end().catch(() => undefined);
        await server?.close();
      });

      async function openTransaction(): Promise<{ client: pg.Client; tx: Queryable }> {
        const client = new pg.Client({
          connectionString: postgres.databaseUrl,
          options: `-c search_path=${server.schema}`,
        });
        await client.connect();
        clients.push(client);
        await client.query('BEGIN');
        return { client, tx: { query: async (sql, params) => (await client.query(sql, params)).rows } };
      }

      it('serves a row whose transaction started first but committed last, after the later one', async () => {
        const phone = await Phone.enrol(server, COMMUNE_A);
        await phone.pullAll();

        const early = await openTransaction();
        await saveRecords(
          early.tx,
          [{ table: 'trainingSessions', record: record('row-early', 'Sớm', VILLAGES[0]) }],
          Date.now(),
        );
        const late = await openTransaction();
        await saveRecords(
          late.tx,
          [{ table: 'trainingSessions', record: record('row-late', 'Muộn', VILLAGES[1]) }],
          Date.now(),
        );
        const order = await server.query<{ id: string; tx: string; seq: string }>(
          `SELECT id, tx::text AS tx, seq::text AS seq FROM records WHERE id LIKE 'row-%'`,
        );
        expect(order).toEqual([]); // neither has committed yet

        await late.client.query('COMMIT');
        const between = await phone.sync();
        const [committed] = await server.query<{ seq: string }>(
          `SELECT seq::text AS seq FROM records WHERE id = 'row-late'`,
        );
        expect(committed).toBeDefined();
        // A plain "seq > last seen" cursor would serve row-late here and then skip row-early for ever.
        expect(between.body.rows.map((r) => r.record.id)).not.toContain('row-late');

        await early.client.query('COMMIT');
        const rows = await phone.pullAll();
        expect([...rows.rows.keys()]).toEqual(
          expect.arrayContaining(['trainingSessions/row-early', 'trainingSessions/row-late']),
        );
        const seqs = await server.query<{ id: string; seq: number }>(
          `SELECT id, seq::float8 AS seq FROM records WHERE id LIKE 'row-%' ORDER BY id`,
        );
        expect(seqs.find((s) => s.id === 'row-early')!.seq).toBeLessThan(
          seqs.find((s) => s.id === 'row-late')!.seq,
        );
      });

      it('a second transaction writing the same new row waits for the first and merges onto it', async () => {
        const key = { table: 'trainingSessions', id: 'row-shared' };
        const first = await openTransaction();
        expect((await lockAndLoad(first.tx, [key])).size).toBe(0);
        const second = await openTransaction();
        let loaded: Map<string, SyncedRecord> | undefined;
        const waiting = lockAndLoad(second.tx, [key]).then((m) => (loaded = m));
        await new Promise((r) => setTimeout(r, 300));
        expect(loaded).toBeUndefined(); // blocked behind the first transaction's row lock
        await saveRecords(
          first.tx,
          [{ table: 'trainingSessions', record: record('row-shared', 'Đầu tiên') }],
          Date.now(),
        );
        await first.client.query('COMMIT');
        await waiting;
        expect(loaded?.get(recordKey('trainingSessions', 'row-shared'))).toMatchObject({ place: 'Đầu tiên' });
        await second.client.query('ROLLBACK');
      });

      it('a device cursor never passes a transaction still running, so nothing is missed across many pulls', async () => {
        const phone = await Phone.enrol(server, COMMUNE_A);
        await phone.pullAll();
        const open = await Promise.all([openTransaction(), openTransaction(), openTransaction()]);
        for (const [i, t] of open.entries())
          await saveRecords(
            t.tx,
            [{ table: 'trainingSessions', record: record(`many-${i}`, `Nơi ${i}`, VILLAGES[i]) }],
            Date.now(),
          );
        const seen = new Set<string>();
        for (const i of [2, 0, 1]) {
          await open[i]!.client.query('COMMIT');
          for (const key of (await phone.pullAll()).rows.keys()) seen.add(key);
        }
        expect([...seen].filter((k) => k.includes('many-')).sort()).toEqual([
          'trainingSessions/many-0',
          'trainingSessions/many-1',
          'trainingSessions/many-2',
        ]);
      });
    },
  );
});
