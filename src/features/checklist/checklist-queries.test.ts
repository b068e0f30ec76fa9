// Unit tests of the checklist's Dexie reads, over fake-indexeddb with the seeded sample catalogs.
import { compositeId } from '@/domain/ids';
import { encodeHlc } from '@/domain/hlc';
import { installCatalog } from '@/storage/catalogs';
import { BanSoDatabase } from '@/storage/database';
import { SAMPLE_CATALOGS, seedDemo } from '@/storage/demo-seed';
import { createRecord, deleteRecord } from '@/storage/record-writer';
import {
  checklistAudit,
  communeProgressRows,
  criteriaVersions,
  memberNames,
  villageProgressRows,
} from './checklist-queries';

const ctx = { communeId: 'sample-bat-xat', actor: 'sample-member-1' };
let n = 0;
async function seeded() {
  const db = new BanSoDatabase(`checklist-queries-${n++}`);
  await seedDemo(db);
  return db;
}
const progress = (villageId: string, criterionCode: string, status = 'met') => ({
  villageId,
  criterionCode,
  criteriaVersion: 'sample-2026.1',
  status,
  numerator: null,
  denominator: null,
  note: '',
  assessedBy: 'sample-member-1',
  assessedOn: '2026-11-20',
});
const put = (db: BanSoDatabase, villageId: string, code: string, status = 'met') =>
  createRecord(db, 'checklistProgress', progress(villageId, code, status), ctx, compositeId(villageId, code));

describe('checklist queries', () => {
  it('reads one village’s live rows by the villageId index, leaving out other villages and tombstones', async () => {
    const db = await seeded();
    await put(db, 'v1', 'team');
    await put(db, 'v1', 'wifi');
    await put(db, 'v2', 'team');
    await deleteRecord(db, 'checklistProgress', compositeId('v1', 'wifi'), ctx);
    const rows = await villageProgressRows(db, 'v1');
    expect(rows.map((r) => r.id)).toEqual([compositeId('v1', 'team')]);
  });

  it('reads the rows of many villages in one query, and nothing for no villages', async () => {
    const db = await seeded();
    await put(db, 'v1', 'team');
    await put(db, 'v2', 'team');
    await put(db, 'v3', 'team');
    const rows = await communeProgressRows(db, ['v1', 'v2']);
    expect(rows.map((r) => r.villageId).sort()).toEqual(['v1', 'v2']);
    expect(await communeProgressRows(db, [])).toEqual([]);
  });

  it('reads a 55-village commune’s rows with a single indexed query', async () => {
    const db = await seeded();
    const villages = Array.from({ length: 55 }, (_, i) => `bx-${i}`);
    const stamp = encodeHlc({ millis: Date.parse('2026-11-20T00:00:00Z'), counter: 0, node: 'test' });
    await db.checklistProgress.bulkPut(
      villages.flatMap((v) =>
        ['team', 'wifi', 'fibre'].map((code) => ({
          ...progress(v, code),
          id: compositeId(v, code),
          communeId: 'sample-bat-xat',
          createdBy: 'sample-member-1',
          updatedAt: stamp,
          fieldClocks: {},
          fieldAuthors: {},
          deleted: false,
          schemaVersion: 1,
        })),
      ),
    );
    const where = vi.spyOn(db.checklistProgress, 'where');
    const rows = await communeProgressRows(db, villages);
    expect(rows).toHaveLength(165);
    expect(where).toHaveBeenCalledTimes(1);
    expect(where).toHaveBeenCalledWith('villageId');
  });

  it('names team members, falling back to the id of an unknown one', async () => {
    const db = await seeded();
    const names = await memberNames(db, ['sample-member-2', 'ghost']);
    expect(names.get('sample-member-2')).toBe('Lý Thị Mai (mẫu)');
    expect(names.get('ghost')).toBe('ghost');
  });

  it('groups a village’s checklist conflicts by record, newest first, named, leaving out who/when fields', async () => {
    const db = await seeded();
    const stamp = (ms: number) => encodeHlc({ millis: ms, counter: 0, node: 'dev' });
    const base = {
      table: 'checklistProgress' as const,
      villageId: 'v1',
      field: 'status',
      wonValue: 'met',
      wonClock: stamp(3000),
      wonAuthor: 'sample-member-1',
      seenAt: 1,
    };
    await db.conflicts.bulkAdd([
      {
        ...base,
        recordId: compositeId('v1', 'team'),
        lostValue: 'in_progress',
        lostClock: stamp(1000),
        lostAuthor: 'sample-member-2',
      },
      {
        ...base,
        recordId: compositeId('v1', 'team'),
        lostValue: 'not_started',
        lostClock: stamp(2000),
        lostAuthor: 'x-9',
      },
      {
        ...base,
        recordId: compositeId('v2', 'team'),
        villageId: 'v2',
        lostValue: 'met',
        lostClock: stamp(1),
        lostAuthor: null,
      },
      {
        ...base,
        table: 'trainingSessions',
        recordId: 's1',
        lostValue: 'a',
        lostClock: stamp(1),
        lostAuthor: null,
      },
      {
        ...base,
        recordId: compositeId('v1', 'team'),
        field: 'assessedBy',
        lostValue: 'x-9',
        lostClock: stamp(2500),
        lostAuthor: 'x-9',
      },
    ]);
    const audit = await checklistAudit(db, 'v1');
    expect([...audit.keys()]).toEqual([compositeId('v1', 'team')]);
    expect(audit.get(compositeId('v1', 'team'))?.map((e) => [e.lostValue, e.lostAuthorName])).toEqual([
      ['not_started', 'x-9'],
      ['in_progress', 'Lý Thị Mai (mẫu)'],
    ]);
  });

  it('loads the stored criteria catalogs of older versions, skipping unknown versions', async () => {
    const db = await seeded();
    const current = SAMPLE_CATALOGS.find((c) => c.kind === 'criteria')!;
    await installCatalog(db, { ...current, version: 'sample-2026.2' });
    const versions = await criteriaVersions(db, ['sample-2026.1', 'nope', 'sample-2026.1']);
    expect([...versions.keys()]).toEqual(['sample-2026.1']);
  });
});
