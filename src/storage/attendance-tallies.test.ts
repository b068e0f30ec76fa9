// The attendance tallies equal a full recomputation from the stored sessions after ANY sequence of writes:
// the app's record writer (create, edit, tombstone, restore), pulled rows written in bulk (duplicates in one
// batch included), hard deletes, a reset that clears the table, and a write whose transaction is aborted.
import { liveQuery } from 'dexie';
import fc from 'fast-check';
import { BanSoDatabase } from './database';
import { readAttendance } from './attendance-read';
import { talliesOf } from './attendance-tallies';
import { createRecord, deleteRecord, restoreRecord, writeRecord } from './record-writer';
import { indexFields } from './search-index';
import type { StoredRecord } from './database';

const ctx = { communeId: 'c1', actor: 'm1' };
const VILLAGES = ['v1', 'v2', 'v3'];
const TOPICS = ['safety', 'vneid', 'ai'];
const DATES = [
  '2026-04-30',
  '2026-05-01',
  '2026-05-31',
  '2026-06-15',
  '2026-12-31',
  '2027-01-01',
  '2027-02-28',
];
const IDS = ['s1', 's2', 's3', 's4', 's5'];

const content = fc.record({
  villageId: fc.constantFrom(...VILLAGES),
  date: fc.constantFrom(...DATES),
  topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 3 }),
  total: fc.integer({ min: 1, max: 60 }), // the form refuses a session with nobody
});
type Content = typeof content extends fc.Arbitrary<infer T> ? T : never;

const session = (c: Content) => ({
  villageId: c.villageId,
  date: c.date,
  place: 'Nhà văn hóa',
  durationMinutes: 60,
  topics: c.topics,
  trainers: ['A'],
  targetGroup: 'residents',
  language: 'vi',
  attendees: { total: c.total, women: 0, ethnicMinority: 0, ageBands: {} },
  outcomes: {},
  notes: '',
});

const op = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), id: fc.constantFrom(...IDS), c: content }),
  fc.record({ kind: fc.constant('tombstone' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('restore' as const), id: fc.constantFrom(...IDS) }),
  fc.record({ kind: fc.constant('hardDelete' as const), id: fc.constantFrom(...IDS) }),
  fc.record({
    kind: fc.constant('pulled' as const),
    rows: fc.array(fc.record({ id: fc.constantFrom(...IDS), c: content, deleted: fc.boolean() }), {
      maxLength: 4,
    }),
  }),
  fc.record({ kind: fc.constant('aborted' as const), id: fc.constantFrom(...IDS), c: content }),
  fc.record({ kind: fc.constant('reset' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

let n = 0;

async function run(db: BanSoDatabase, o: Op): Promise<void> {
  const exists = async (id: string) => (await db.trainingSessions.get(id)) !== undefined;
  switch (o.kind) {
    case 'write':
      if (await exists(o.id)) await writeRecord(db, 'trainingSessions', o.id, session(o.c), ctx);
      else await createRecord(db, 'trainingSessions', session(o.c), ctx, o.id);
      return;
    case 'tombstone':
      if (await exists(o.id)) await deleteRecord(db, 'trainingSessions', o.id, ctx);
      return;
    case 'restore':
      if (await exists(o.id)) await restoreRecord(db, 'trainingSessions', o.id, ctx);
      return;
    case 'hardDelete':
      await db.trainingSessions.delete(o.id);
      return;
    case 'pulled': {
      // As the sync's pull writes them: whole rows in one bulkPut, the same id possibly twice.
      const rows = o.rows.map((r): StoredRecord =>
        indexFields('trainingSessions', {
          id: r.id,
          communeId: 'c1',
          createdBy: 'm2',
          updatedAt: '1764576000000:0000:abc',
          fieldClocks: {},
          fieldAuthors: {},
          deleted: r.deleted,
          schemaVersion: 1,
          ...session(r.c),
        }),
      );
      await db.trainingSessions.bulkPut(rows);
      return;
    }
    case 'aborted':
      await db
        .transaction('rw', db.trainingSessions, async () => {
          await db.trainingSessions.put(
            indexFields('trainingSessions', {
              id: o.id,
              communeId: 'c1',
              createdBy: 'm1',
              updatedAt: '1764576000000:0000:abc',
              fieldClocks: {},
              fieldAuthors: {},
              deleted: false,
              schemaVersion: 1,
              ...session(o.c),
            }),
          );
          throw new Error('tab killed');
        })
        .catch(() => undefined);
      return;
    case 'reset':
      await db.trainingSessions.clear();
      return;
  }
}

async function stored(db: BanSoDatabase): Promise<Map<string, number>> {
  return new Map((await db.attendanceTallies.toArray()).map((t) => [t.key, t.people]));
}

describe('attendance tallies', () => {
  it('equal a full recomputation from the stored sessions after any sequence of writes, aborts and resets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = new BanSoDatabase(`tallies-${n++}`);
        try {
          for (const o of ops) await run(db, o);
          expect(await stored(db)).toEqual(talliesOf(await db.trainingSessions.toArray()));
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads whole months from the tallies and partial months from the index, summing to the same attendance', async () => {
    const db = new BanSoDatabase(`tallies-${n++}`);
    const make = (villageId: string, date: string, total: number) =>
      createRecord(db, 'trainingSessions', session({ villageId, date, topics: ['safety'], total }), ctx);
    await make('v1', '2026-05-01', 3);
    await make('v1', '2026-05-31', 4);
    await make('v1', '2026-06-15', 5);
    await make('v2', '2026-12-31', 7);
    await make('v2', '2027-01-01', 11);
    expect(await readAttendance(db, 'safety', '2026-05-01', '2026-12-31')).toEqual(
      new Map([
        ['v1', 12],
        ['v2', 7],
      ]),
    );
    expect(await readAttendance(db, 'safety', '2026-05-02', '2026-06-15')).toEqual(new Map([['v1', 9]]));
    expect(await readAttendance(db, 'safety', '2026-12-31', '2027-01-01')).toEqual(new Map([['v2', 18]]));
    expect(await readAttendance(db, 'safety', '2027-02-01', '2026-01-01')).toEqual(new Map());
  });

  it('wakes a live query on the tallies when a session is written, as the open commune view needs', async () => {
    const db = new BanSoDatabase(`tallies-${n++}`);
    const seen: number[] = [];
    const subscription = liveQuery(() => readAttendance(db, 'safety', '2026-05-01', '2026-12-31')).subscribe(
      (m) => seen.push(m.get('v1') ?? 0),
    );
    try {
      await vi.waitFor(() => expect(seen).toEqual([0]));
      await createRecord(
        db,
        'trainingSessions',
        session({ villageId: 'v1', date: '2026-06-01', topics: ['safety'], total: 9 }),
        ctx,
      );
      await vi.waitFor(() => expect(seen.at(-1)).toBe(9));
    } finally {
      subscription.unsubscribe();
      db.close();
    }
  });
});
