// The commune view's facts read from the phone: counts, criteria met, recognised villages, active Người bản
// số, and training attendance per topic from the index keys — in the period and from the plan's start.
import { parseCatalog } from '@/domain/catalog';
import indicatorsSample from '@catalogs/samples/indicators.sample.json';
import { yearPeriod } from '@/domain/periods';
import { BanSoDatabase } from '@/storage/database';
import { createRecord, deleteRecord } from '@/storage/record-writer';
import { saveCount } from '@/storage/village-counts';
import { communeData } from './commune-facts';

const ctx = { communeId: 'c1', actor: 'm1' };
let n = 0;
const indicators = parseCatalog(indicatorsSample).data as never;
const villages = [
  { id: 'v1', communeId: 'c1', name: 'Thôn 1' },
  { id: 'v2', communeId: 'c1', name: 'Thôn 2' },
];
const session = (villageId: string, date: string, total: number, topics = ['safety']) => ({
  villageId,
  date,
  place: 'Nhà văn hóa',
  durationMinutes: 60,
  topics,
  trainers: ['A'],
  targetGroup: 'residents',
  language: 'vi',
  attendees: { total, women: 0, ethnicMinority: 0, ageBands: {} },
  outcomes: {},
  notes: '',
});

describe('commune view facts', () => {
  it('sums attendance per topic in the period and from the plan start, leaving out tombstones and other villages', async () => {
    const db = new BanSoDatabase(`commune-facts-${n++}`);
    await createRecord(db, 'trainingSessions', session('v1', '2026-03-01', 50), ctx); // before the plan
    await createRecord(db, 'trainingSessions', session('v1', '2026-06-01', 10), ctx);
    await createRecord(db, 'trainingSessions', session('v1', '2027-02-01', 7), ctx);
    await createRecord(db, 'trainingSessions', session('v1', '2027-03-01', 5, ['vneid']), ctx);
    const gone = await createRecord(db, 'trainingSessions', session('v1', '2027-04-01', 100), ctx);
    await deleteRecord(db, 'trainingSessions', gone.id, ctx);
    await createRecord(db, 'trainingSessions', session('v9', '2027-04-01', 100), ctx);
    await saveCount(db, { villageId: 'v2', code: 'adults', value: 300, countedOn: '2026-10-01' }, ctx);
    await createRecord(
      db,
      'banSoHelpers',
      { villageId: 'v2', name: 'B', phone: '', notes: '', active: true },
      ctx,
    );
    const { facts } = await communeData(db, villages, yearPeriod(2027), indicators);
    expect(facts[0]).toMatchObject({ trainedInPeriod: { safety: 7 }, trainedToDate: { safety: 17 } });
    expect(facts[1]).toMatchObject({ counts: { adults: 300 }, activeHelpers: 1, trainedToDate: {} });
  });
});
