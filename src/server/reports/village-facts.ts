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
  withPhotos: 0,
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
  else if (row.facet === 'evidence') into.withPhotos += row.records;
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

/** What a village's facts share between periods: its current state (counts, criteria met, helpers). */
type VillageState = Pick<VillageFacts, 'counts' | 'criteriaMet' | 'activeHelpers'>;

/** The current state of each village id given, read once and shared by every period's facts. */
export function villageStates(
  villageIds: readonly string[],
  state: readonly StateRow[],
  criteriaVersion: string,
): Map<string, VillageState> {
  const out = new Map<
    string,
    { counts: Record<string, number>; criteriaMet: string[]; activeHelpers: number }
  >();
  for (const id of villageIds) out.set(id, { counts: {}, criteriaMet: [], activeHelpers: 0 });
  const prefix = `${criteriaVersion}|`;
  for (const s of state) {
    const f = out.get(s.villageId);
    if (!f) continue;
    if (s.facet === 'count') f.counts[s.key] = (f.counts[s.key] ?? 0) + s.amount;
    else if (s.facet === 'activeHelper') f.activeHelpers += s.records;
    else if (s.key.startsWith(prefix) && s.records > 0) f.criteriaMet.push(s.key.slice(prefix.length));
  }
  return out;
}

/** VillageFacts for one period: the shared state plus trained attendances of the two windows. */
export function buildVillageFacts(
  states: ReadonlyMap<string, VillageState>,
  inPeriod: readonly FlowRow[],
  toDate: readonly FlowRow[],
  recognised: ReadonlySet<string>,
): Map<string, VillageFacts> {
  const trained = new Map<string, { inPeriod: Record<string, number>; toDate: Record<string, number> }>();
  for (const id of states.keys()) trained.set(id, { inPeriod: {}, toDate: {} });
  for (const [rows, field] of [
    [inPeriod, 'inPeriod'],
    [toDate, 'toDate'],
  ] as const)
    for (const r of rows) {
      const t = trained.get(r.villageId)?.[field];
      if (t && r.facet === 'topic') t[r.key] = (t[r.key] ?? 0) + r.people;
    }
  const facts = new Map<string, VillageFacts>();
  for (const [id, state] of states) {
    const t = trained.get(id)!;
    facts.set(id, {
      ...emptyVillageFacts(id),
      ...state,
      trainedInPeriod: t.inPeriod,
      trainedToDate: t.toDate,
      recognised: recognised.has(id),
    });
  }
  return facts;
}
