// Turns totals rows into the domain's VillageFacts (what the indicators read) and Activity figures, so
// the dashboard and the workbook compute every indicator with src/domain/indicators.ts, like the phone.
import type { Indicator } from '@/domain/catalog';
import type { VillageFacts } from '@/domain/indicators';
import type { Activity } from '@/protocol/admin-messages';
import type { FlowSums, VillageFlows, VillageStates } from './village-totals';

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

const NO_SUMS: FlowSums = [0, 0, 0, 0, 0];

/** A village's activity from its flow sums of the period (session, help, criterionMet, evidence). */
export function activityOf(flows: Readonly<Record<string, FlowSums>> | undefined): Activity {
  const [sessions, attendees, women, ethnicMinority] = flows?.session ?? NO_SUMS;
  const [helpActivities, peopleHelped, , , householdsHelped] = flows?.help ?? NO_SUMS;
  return {
    sessions,
    attendees,
    women,
    ethnicMinority,
    helpActivities,
    peopleHelped,
    householdsHelped,
    criteriaMet: (flows?.criterionMet ?? NO_SUMS)[0],
    withPhotos: (flows?.evidence ?? NO_SUMS)[0],
  };
}

export function sumActivities(list: Activity[]): Activity {
  const total = emptyActivity();
  for (const a of list) for (const k of Object.keys(total) as (keyof Activity)[]) total[k] += a[k];
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

/** Attendances per topic code: the people of the village's 'topic|code' flow sums. */
function trainedOf(flows: Readonly<Record<string, FlowSums>> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, sums] of Object.entries(flows ?? {}))
    if (name.startsWith('topic|')) out[name.slice('topic|'.length)] = sums[1];
  return out;
}

/** VillageFacts of each village id for one period: counts and criteria as of its end, active Người bản số
 * (null: none — they have no past), trained attendances of the two windows, recognition by its end. */
export function buildVillageFacts(
  villageIds: readonly string[],
  t: {
    states: VillageStates;
    helpers: Readonly<Record<string, number>> | null;
    inPeriod: VillageFlows;
    toDate: VillageFlows;
    recognised: ReadonlySet<string>;
  },
): Map<string, VillageFacts> {
  const facts = new Map<string, VillageFacts>();
  for (const id of villageIds) {
    const state = t.states[id];
    facts.set(id, {
      villageId: id,
      counts: state?.counts ?? {},
      criteriaMet: state?.met ?? [],
      recognised: t.recognised.has(id),
      activeHelpers: t.helpers?.[id] ?? 0,
      trainedInPeriod: trainedOf(t.inPeriod[id]),
      trainedToDate: trainedOf(t.toDate[id]),
    });
  }
  return facts;
}
