// The commune view's data, read offline from the phone's own records: what the plan's indicators need to
// know about each village (domain/indicators VillageFacts — the same computation as the province's
// dashboard), plus its checklist rows and Thôn số proposals. Indexed queries only: counts, progress and
// proposals by village; training attendance from the keys of the `topicDays` index alone (no session row
// is read), so the view stays fast with 30,000 records on the phone.
import type { Indicators, Village } from '@/domain/catalog';
import { emptyVillageFacts, type VillageFacts } from '@/domain/indicators';
import { PLAN_START, type Period } from '@/domain/periods';
import { recognisedVillageIds } from '@/domain/recognition';
import type { BanSoDatabase } from '@/storage/database';
import { countOf } from '@/storage/village-counts';
import { communeProgressRows, type ProgressRow } from './checklist-queries';
import { communeProposals, type ProposalRow } from './recognition-queries';

export interface CommuneData {
  facts: VillageFacts[];
  rows: ProgressRow[];
  proposals: ProposalRow[];
}

/** Training topics the indicators count attendance of (trainedShare formulas). */
function trainedTopics(indicators: Indicators | null): string[] {
  const topics = (indicators?.indicators ?? []).flatMap((i) =>
    i.formula.kind === 'trainedShare' ? [i.formula.topic] : [],
  );
  return [...new Set(topics)];
}

export async function communeData(
  db: BanSoDatabase,
  villages: readonly Village[],
  period: Period,
  indicators: Indicators | null,
): Promise<CommuneData> {
  const ids = villages.map((v) => v.id);
  const known = new Set(ids);
  const counts: Record<string, Record<string, number>> = {};
  const helpers: Record<string, number> = {};
  const inPeriod: Record<string, Record<string, number>> = {};
  const toDate: Record<string, Record<string, number>> = {};
  const [countRows, rows, proposals, helperRows] = await Promise.all([
    ids.length ? db.villageCounts.where('villageId').anyOf(ids).toArray() : [],
    communeProgressRows(db, ids),
    communeProposals(db, ids),
    db.banSoHelpers.toArray(),
  ]);
  for (const row of countRows) {
    const c = countOf(row);
    if (c && typeof row.villageId === 'string') (counts[row.villageId] ??= {})[c.code] = c.value;
  }
  for (const h of helperRows)
    if (!h.deleted && h.active === true && typeof h.villageId === 'string')
      helpers[h.villageId] = (helpers[h.villageId] ?? 0) + 1;
  for (const topic of trainedTopics(indicators)) {
    // Attendance on the topic from the plan's start to the period's end: index keys only.
    const keys = await db.trainingSessions
      .where('topicDays')
      .between(`${topic}|${PLAN_START}`, `${topic}|${period.to}|\uffff`, true, true)
      .keys();
    for (const key of keys) {
      const [, date = '', village = '', people = '0'] = String(key).split('|');
      if (!known.has(village)) continue;
      const total = Number(people);
      const all = (toDate[village] ??= {});
      all[topic] = (all[topic] ?? 0) + total;
      if (date >= period.from) {
        const within = (inPeriod[village] ??= {});
        within[topic] = (within[topic] ?? 0) + total;
      }
    }
  }
  const recognised = recognisedVillageIds(proposals);
  const met = new Map<string, string[]>();
  for (const r of rows)
    if (r.status === 'met') met.set(r.villageId, [...(met.get(r.villageId) ?? []), r.criterionCode]);
  return {
    facts: ids.map((id) => ({
      ...emptyVillageFacts(id),
      counts: counts[id] ?? {},
      criteriaMet: met.get(id) ?? [],
      recognised: recognised.has(id),
      activeHelpers: helpers[id] ?? 0,
      trainedInPeriod: inPeriod[id] ?? {},
      trainedToDate: toDate[id] ?? {},
    })),
    rows,
    proposals,
  };
}
