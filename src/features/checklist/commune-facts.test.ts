// The commune view's facts read from the phone: counts, criteria met, recognised villages, active Người bản
// số, and training attendance per topic from the index keys — in the period and from the plan's start.
import fc from 'fast-check';
import { parseCatalog, type Indicators } from '@/domain/catalog';
import { computeIndicator, type VillageFacts } from '@/domain/indicators';
import indicatorsSample from '@catalogs/samples/indicators.sample.json';
import { PLAN_START, phasePeriod, planPeriod, rangePeriod, yearPeriod, type Period } from '@/domain/periods';
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

/** The full computation the fast path must equal: every row of every table materialised and filtered here,
 * attendance summed from the sessions' own fields (no index key, no tally). */
async function fullFacts(
  db: BanSoDatabase,
  ids: readonly string[],
  period: Period,
  topics: readonly string[],
): Promise<VillageFacts[]> {
  const [sessions, counts, progress, proposals, helpers] = await Promise.all([
    db.trainingSessions.toArray(),
    db.villageCounts.toArray(),
    db.checklistProgress.toArray(),
    db.recognitions.toArray(),
    db.banSoHelpers.toArray(),
  ]);
  const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
  return ids.map((id) => {
    const trained = (from: string) =>
      Object.fromEntries(
        topics
          .map((topic): [string, number] => [
            topic,
            live(sessions)
              .filter(
                (s) =>
                  s.villageId === id &&
                  (s.topics as string[]).includes(topic) &&
                  String(s.date) >= from &&
                  String(s.date) >= PLAN_START &&
                  String(s.date) <= period.to,
              )
              .reduce((sum, s) => sum + (s.attendees as { total: number }).total, 0),
          ])
          .filter(([, people]) => people > 0),
      );
    return {
      villageId: id,
      counts: Object.fromEntries(
        live(counts)
          .filter((c) => c.villageId === id)
          .map((c) => [c.code as string, c.value as number]),
      ),
      criteriaMet: live(progress)
        .filter((p) => p.villageId === id && p.status === 'met')
        .map((p) => p.criterionCode as string),
      recognised: live(proposals).some((p) => p.villageId === id && p.decision === 'confirmed'),
      activeHelpers: live(helpers).filter((h) => h.villageId === id && h.active === true).length,
      trainedInPeriod: trained(period.from),
      trainedToDate: trained(PLAN_START),
    };
  });
}

const DAYS = [
  '2026-04-30',
  '2026-05-01',
  '2026-06-15',
  '2026-12-31',
  '2027-01-01',
  '2027-07-31',
  '2028-02-29',
];
const PERIODS: Period[] = [
  yearPeriod(2026),
  yearPeriod(2027),
  phasePeriod(1),
  phasePeriod(2),
  planPeriod(),
  rangePeriod('2026-06-10', '2027-01-01'),
  rangePeriod('2026-12-31', '2026-12-31'),
];

describe('commune view fast path', () => {
  it('shows the same facts and indicator figures as the full computation over every record', async () => {
    const topics = ['safety', 'vneid'];
    const all = parseCatalog(indicatorsSample).data as Indicators;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            village: fc.constantFrom('v1', 'v2', 'v9'),
            date: fc.constantFrom(...DAYS),
            total: fc.integer({ min: 1, max: 50 }),
            topics: fc.uniqueArray(fc.constantFrom(...topics, 'ai'), { minLength: 1, maxLength: 3 }),
            deleted: fc.boolean(),
          }),
          { maxLength: 12 },
        ),
        fc.array(fc.record({ village: fc.constantFrom('v1', 'v2'), active: fc.boolean() }), { maxLength: 3 }),
        fc.array(
          fc.record({ village: fc.constantFrom('v1', 'v2'), adults: fc.integer({ min: 0, max: 400 }) }),
          {
            maxLength: 2,
          },
        ),
        fc.constantFrom(...PERIODS),
        async (sessions, helpers, adults, period) => {
          const db = new BanSoDatabase(`commune-fast-${n++}`);
          try {
            for (const s of sessions) {
              const row = await createRecord(
                db,
                'trainingSessions',
                session(s.village, s.date, s.total, s.topics),
                ctx,
              );
              if (s.deleted) await deleteRecord(db, 'trainingSessions', row.id, ctx);
            }
            for (const h of helpers)
              await createRecord(
                db,
                'banSoHelpers',
                { villageId: h.village, name: 'B', phone: '', notes: '', active: h.active },
                ctx,
              );
            for (const a of adults)
              await saveCount(
                db,
                { villageId: a.village, code: 'adults', value: a.adults, countedOn: '2026-10-01' },
                ctx,
              );
            const fast = await communeData(db, villages, period, all);
            const full = await fullFacts(db, ['v1', 'v2'], period, ['safety']);
            expect(fast.facts).toEqual(full);
            for (const indicator of all.indicators)
              expect(computeIndicator(indicator, fast.facts)).toEqual(computeIndicator(indicator, full));
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
