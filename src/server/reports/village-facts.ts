// Turns totals rows into the domain's VillageFacts (what the indicators read) and Activity figures, so
// the dashboard and the workbook compute every indicator with src/domain/indicators.ts, like the phone.
import type { Indicator } from '@/domain/catalog';
import { emptyVillageFacts, type VillageFacts } from '@/domain/indicators';
import type { Activity } from '@/protocol/admin-messages';
import type { FlowRow, StateRow } from './period-totals';

export const emptyActivity = (): Activity => ({
  sessions: 0,
  attendees: 0,
  women: 0,
  ethnicMinority: 0,
  helpActivities: 0,
  peopleHelped: 0,
  householdsHelped: 0,
  criteriaMet: 0,
});

export function addActivity(into: Activity, row: FlowRow): void {
  if (row.facet === 'session') {
    into.sessions += row.records;
    into.attendees += row.people;
    into.women += row.women;
    into.ethnicMinority += row.ethnicMinority;
  } else if (row.facet === 'help') {
    into.helpActivities += row.records;
    into.peopleHelped += row.people;
    into.householdsHelped += row.households;
  } else if (row.facet === 'criterionMet') into.criteriaMet += row.records;
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

type Mutable = {
  -readonly [K in keyof VillageFacts]: VillageFacts[K] extends readonly (infer U)[]
    ? U[]
    : VillageFacts[K] extends Readonly<Record<string, number>>
      ? Record<string, number>
      : VillageFacts[K];
};

/** VillageFacts for each village id given: state (current) plus trained attendances of the two windows. */
export function buildVillageFacts(
  villageIds: readonly string[],
  state: readonly StateRow[],
  criteriaVersion: string,
  inPeriod: readonly FlowRow[],
  toDate: readonly FlowRow[],
  recognised: ReadonlySet<string>,
): Map<string, VillageFacts> {
  const facts = new Map<string, Mutable>();
  for (const id of villageIds) {
    const f = emptyVillageFacts(id) as Mutable;
    facts.set(id, {
      ...f,
      counts: {},
      criteriaMet: [],
      trainedInPeriod: {},
      trainedToDate: {},
      recognised: recognised.has(id),
    });
  }
  const prefix = `${criteriaVersion}|`;
  for (const s of state) {
    const f = facts.get(s.villageId);
    if (!f) continue;
    if (s.facet === 'count') f.counts[s.key] = (f.counts[s.key] ?? 0) + s.amount;
    else if (s.facet === 'activeHelper') f.activeHelpers += s.records;
    else if (s.key.startsWith(prefix) && s.records > 0) f.criteriaMet.push(s.key.slice(prefix.length));
  }
  for (const [rows, field] of [
    [inPeriod, 'trainedInPeriod'],
    [toDate, 'trainedToDate'],
  ] as const)
    for (const r of rows) {
      const f = facts.get(r.villageId);
      if (f && r.facet === 'topic') f[field][r.key] = (f[field][r.key] ?? 0) + r.people;
    }
  return facts as Map<string, VillageFacts>;
}
