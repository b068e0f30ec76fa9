// Turns the per-village totals (village-totals.ts) into the domain's VillageFacts (what the indicators
// read) and sums Activity figures, so the dashboard and the workbook compute every indicator with
// src/domain/indicators.ts, like the phone.
import type { Indicator } from '@/domain/catalog';
import type { VillageFacts } from '@/domain/indicators';
import type { Activity } from '@/protocol/admin-messages';
import type { VillageStateAsOf } from './village-totals';

export const emptyActivity = (): Activity => ({
  sessions: 0,
  attendees: 0,
  women: 0,
  ethnicMinority: 0,
  helpActivities: 0,
  peopleHelped: 0,
  householdsHelped: 0,
  criteriaMet: 0,
  withPhotos: 0,
});

const ACTIVITY_FIELDS = Object.keys(emptyActivity()) as (keyof Activity)[];

export function sumActivities(list: Activity[]): Activity {
  const total = emptyActivity();
  for (const a of list) for (const k of ACTIVITY_FIELDS) total[k] += a[k];
  return total;
}

/** What the indicators of a catalog need from the totals. */
export interface IndicatorNeeds {
  countCodes: string[];
  criterionCodes: string[];
  periodTopics: string[];
  toDateTopics: string[];
}

export function indicatorNeeds(indicators: readonly Indicator[]): IndicatorNeeds {
  const needs: IndicatorNeeds = { countCodes: [], criterionCodes: [], periodTopics: [], toDateTopics: [] };
  for (const { formula: f } of indicators) {
    if (f.kind === 'countRatio') needs.countCodes.push(f.numerator, f.denominator);
    if (f.kind === 'villagesWithCount') needs.countCodes.push(f.count);
    if (f.kind === 'villagesMeetingCriterion') needs.criterionCodes.push(f.criterion);
    if (f.kind === 'trainedShare') {
      needs.countCodes.push(f.denominator);
      (f.window === 'period' ? needs.periodTopics : needs.toDateTopics).push(f.topic);
    }
  }
  return {
    countCodes: [...new Set(needs.countCodes)],
    criterionCodes: [...new Set(needs.criterionCodes)],
    periodTopics: [...new Set(needs.periodTopics)],
    toDateTopics: [...new Set(needs.toDateTopics)],
  };
}

/** VillageFacts of each village id for one period: counts and criteria as of its end, active Người bản số
 * (null: none — they have no past), trained attendances of the two windows, recognition by its end. */
export function buildVillageFacts(
  villageIds: readonly string[],
  t: {
    states: ReadonlyMap<string, VillageStateAsOf>;
    helpers: ReadonlyMap<string, number> | null;
    inPeriod: ReadonlyMap<string, { trained: Record<string, number> }>;
    toDate: ReadonlyMap<string, Record<string, number>>;
    recognised: ReadonlySet<string>;
  },
): Map<string, VillageFacts> {
  const facts = new Map<string, VillageFacts>();
  for (const id of villageIds) {
    const state = t.states.get(id);
    facts.set(id, {
      villageId: id,
      counts: state?.counts ?? {},
      criteriaMet: state?.met ?? [],
      recognised: t.recognised.has(id),
      activeHelpers: t.helpers?.get(id) ?? 0,
      trainedInPeriod: t.inPeriod.get(id)?.trained ?? {},
      trainedToDate: t.toDate.get(id) ?? {},
    });
  }
  return facts;
}
