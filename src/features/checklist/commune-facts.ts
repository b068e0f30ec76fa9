// The commune view's data, read offline from the phone's own records: what the plan's indicators need to
// know about each village (domain/indicators VillageFacts — the same computation as the province's
// dashboard), plus its checklist rows and Thôn số proposals. Counts, progress, proposals and Người bản số
// are each ONE getAll of their table: a phone holds only its enrolled commune, and these tables hold a
// handful of rows per village (an `anyOf` over 55 villages walks a cursor, one browser round trip per row,
// ~0.4 s on a slow phone; 55 getAlls per table cost ~0.3 s). Training attendance comes from the attendance
// tallies kept with every session write (storage/attendance-tallies): no session row or index key per
// session is read.
import type { Indicators, Village } from '@/domain/catalog';
import { emptyVillageFacts, type VillageFacts } from '@/domain/indicators';
import { PLAN_START, type Period } from '@/domain/periods';
import { recognisedVillageIds } from '@/domain/recognition';
import type { Table } from 'dexie';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';
import { readAttendance } from '@/storage/attendance-read';
import { countOf } from '@/storage/village-counts';
import type { ProgressRow } from './checklist-queries';
import type { ProposalRow } from './recognition-queries';

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

/** The live rows of a small per-village table that belong to these villages, in one getAll. */
async function rowsOfVillages(
  table: Table<StoredRecord, string>,
  villageIds: ReadonlySet<string>,
): Promise<StoredRecord[]> {
  return (await table.toArray()).filter(
    (r) => !r.deleted && typeof r.villageId === 'string' && villageIds.has(r.villageId),
  );
}

const newestFirst = (a: StoredRecord, b: StoredRecord) => (a.id < b.id ? 1 : -1);

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
  const [countRows, progressRows, proposalRows, helperRows] = await Promise.all([
    rowsOfVillages(db.villageCounts, known),
    rowsOfVillages(db.checklistProgress, known),
    rowsOfVillages(db.recognitions, known),
    rowsOfVillages(db.banSoHelpers, known),
  ]);
  const rows = progressRows as ProgressRow[];
  const proposals = (proposalRows as ProposalRow[]).sort(newestFirst);
  for (const row of countRows) {
    const c = countOf(row);
    if (c && typeof row.villageId === 'string') (counts[row.villageId] ??= {})[c.code] = c.value;
  }
  for (const h of helperRows)
    if (h.active === true && typeof h.villageId === 'string')
      helpers[h.villageId] = (helpers[h.villageId] ?? 0) + 1;
  // Attendance on each topic from the plan's start to the period's end, and within the period (never before
  // the plan's start): whole months from the attendance tallies, partial months from index keys.
  const from = period.from > PLAN_START ? period.from : PLAN_START;
  await Promise.all(
    trainedTopics(indicators).map(async (topic) => {
      const [all, within] = await Promise.all([
        readAttendance(db, topic, PLAN_START, period.to),
        readAttendance(db, topic, from, period.to),
      ]);
      for (const [village, people] of all) if (known.has(village)) (toDate[village] ??= {})[topic] = people;
      for (const [village, people] of within)
        if (known.has(village)) (inPeriod[village] ??= {})[topic] = people;
    }),
  );
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
