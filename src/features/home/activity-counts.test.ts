import { BanSoDatabase } from '@/storage/database';
import { createRecord, deleteRecord } from '@/storage/record-writer';
import { countActivity } from './activity-counts';

const ctx = { communeId: 'c1', actor: 'm1' };
let n = 0;

const session = (villageId: string, date: string, total: number) => ({
  villageId,
  date,
  place: 'Nhà văn hóa',
  durationMinutes: 60,
  topics: ['vneid'],
  trainers: ['A'],
  targetGroup: 'residents',
  language: 'vi',
  attendees: { total, women: 0, ethnicMinority: 0, ageBands: {} },
  outcomes: {},
  notes: '',
});
const help = (villageId: string, date: string, peopleHelped: number) => ({
  villageId,
  helperId: 'h1',
  date,
  kind: 'vneid',
  peopleHelped,
  householdsHelped: 1,
  notes: '',
});

describe('home activity counts', () => {
  it('counts today and the whole calendar month, leaving out other months and deleted records', async () => {
    const db = new BanSoDatabase(`counts-${n++}`);
    await createRecord(db, 'trainingSessions', session('v1', '2026-11-25', 10), ctx);
    await createRecord(db, 'trainingSessions', session('v1', '2026-11-01', 20), ctx);
    await createRecord(db, 'trainingSessions', session('v1', '2026-10-31', 40), ctx);
    await createRecord(db, 'trainingSessions', session('v1', '2026-12-01', 80), ctx);
    const gone = await createRecord(db, 'trainingSessions', session('v1', '2026-11-25', 160), ctx);
    await deleteRecord(db, 'trainingSessions', gone.id, ctx);
    await createRecord(db, 'helpActivities', help('v1', '2026-11-25', 2), ctx);
    await createRecord(db, 'helpActivities', help('v1', '2026-11-03', 5), ctx);

    expect(await countActivity(db, 'v1', '2026-11-25')).toEqual({
      today: { sessions: 1, attendees: 10, activities: 1, peopleHelped: 2 },
      month: { sessions: 2, attendees: 30, activities: 2, peopleHelped: 7 },
    });
  });

  it('counts one village, or every village when none is given', async () => {
    const db = new BanSoDatabase(`counts-${n++}`);
    await createRecord(db, 'trainingSessions', session('v1', '2026-11-25', 10), ctx);
    await createRecord(db, 'trainingSessions', session('v2', '2026-11-25', 3), ctx);
    expect((await countActivity(db, 'v2', '2026-11-25')).today.attendees).toBe(3);
    expect((await countActivity(db, null, '2026-11-25')).today.attendees).toBe(13);
  });
});
