// A phone updated from the v1 app: its database (built by the v1 schema, with changes still waiting to be
// sent) opens under the current schema with every row and every pending outbox entry intact.
import Dexie from 'dexie';
import { BanSoDatabase } from './database';

/** The schema as the v1 app published it (copied, never edited: it is what phones have on disk). */
const V1_STORES = {
  trainingSessions: 'id, date, [villageId+date], *topics, *searchWords, updatedAt',
  banSoHelpers: 'id, [villageId+name], *searchWords',
  helpActivities: 'id, date, [villageId+date], helperId, kind, *searchWords',
  checklistProgress: 'id, villageId, [villageId+criterionCode]',
  villageCounts: 'id, villageId',
  teamMembers: 'id, villageId',
  outbox: '++seq, [table+recordId], status',
  catalogs: '[kind+version], [kind+current]',
  drafts: 'key',
  conflicts: '++id, [table+recordId], villageId',
  meta: 'key',
};

const envelope = {
  communeId: 'c1',
  createdBy: 'm1',
  updatedAt: '1764576000000:0000:abc',
  fieldClocks: {},
  fieldAuthors: {},
  deleted: false,
  schemaVersion: 1,
};

describe('database upgrade from v1', () => {
  it('keeps every v1 row and pending outbox entry, adds the recognitions table and indexes old sessions', async () => {
    const name = `upgrade-${Date.now()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1
      .table('villageCounts')
      .put({ id: 'v1~households', villageId: 'v1', code: 'households', value: 86, ...envelope });
    const pending = [1, 2, 3].map((n) => ({
      table: 'villageCounts',
      recordId: 'v1~households',
      communeId: 'c1',
      actor: 'm1',
      hlc: `176457600000${n}:0000:abc`,
      schemaVersion: 1,
      patch: { value: 80 + n },
      createdAt: n,
      status: n === 3 ? 'rejected' : 'pending',
    }));
    await v1.table('outbox').bulkAdd(pending);
    await v1.table('meta').put({ key: 'pullCursor', value: 'cursor-1' });
    await v1.table('trainingSessions').put({
      id: 's1',
      villageId: 'v1',
      date: '2026-06-01',
      topics: ['safety', 'vneid'],
      attendees: { total: 12, women: 6, ethnicMinority: 12, ageBands: {} },
      ...envelope,
    });
    v1.close();

    const db = new BanSoDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.map((o) => [o.seq, o.patch.value, o.status])).toEqual([
      [1, 81, 'pending'],
      [2, 82, 'pending'],
      [3, 83, 'rejected'],
    ]);
    expect((await db.villageCounts.get('v1~households'))?.value).toBe(86);
    expect((await db.meta.get('pullCursor'))?.value).toBe('cursor-1');
    expect(await db.recognitions.count()).toBe(0);
    // Sessions written by v1 get their attendance keys, so the commune view counts them too.
    expect(await db.trainingSessions.where('topicDays').startsWith('safety|').keys()).toEqual([
      'safety|2026-06-01|v1|12',
    ]);
    // The next local write numbers after the kept entries: the server's dedupe by number stays correct.
    const seq = await db.outbox.add({ ...pending[0]!, table: 'villageCounts', status: 'pending' } as never);
    expect(seq).toBe(4);
    db.close();
  });
});
