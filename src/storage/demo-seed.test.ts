import { recordTables, validateRecord } from '@/domain/record-tables';
import { BanSoDatabase } from './database';
import { DEMO_COMMUNE_ID, sampleRecords, seedDemo, seedDemoRecords } from './demo-seed';
import { getMeta } from './meta';

let n = 0;
const freshDb = () => new BanSoDatabase(`demo-seed-${n++}`);

describe('demo seed', () => {
  it('installs the sample catalogs and team, all marked as samples', async () => {
    const db = freshDb();
    await seedDemo(db);
    const catalogs = await db.catalogs.toArray();
    expect(catalogs.map((c) => c.kind).sort()).toEqual([
      'adminUnits',
      'criteria',
      'helpKinds',
      'indicators',
      'trainingTopics',
    ]);
    expect(catalogs.every((c) => c.catalog.sample)).toBe(true);
    expect(await db.teamMembers.count()).toBeGreaterThan(0);
    expect(await getMeta(db, 'demoCommune')).toBe(DEMO_COMMUNE_ID);
  });

  it('example records satisfy their schemas', () => {
    for (const { table, content } of sampleRecords(new Date('2026-11-25T08:00:00'))) {
      expect(recordTables[table].fields.safeParse(content).error?.issues).toBeUndefined();
    }
  });

  it('writes the example records once, valid and without queueing anything to send', async () => {
    const db = freshDb();
    const today = new Date('2026-11-25T08:00:00');
    await seedDemoRecords(db, today);
    await seedDemoRecords(db, today);
    const sessions = await db.trainingSessions.toArray();
    expect(sessions.length).toBe(3);
    for (const s of sessions) expect(validateRecord('trainingSessions', s)).toEqual([]);
    expect(sessions.find((s) => s.id === 'sample-session-1')?.date).toBe('2026-11-24');
    expect(await db.outbox.count()).toBe(0);
  });
});
