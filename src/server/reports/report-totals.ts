// Keeps the report totals (migration 004) current IN THE SAME TRANSACTION as the record writes: before
// saveRecords stores new versions, the facts of the stored versions are subtracted and the facts of the
// new ones added. Rows are upserted in one sorted order, so two concurrent pushes touching the same
// totals rows queue behind each other instead of deadlocking. The caller already holds the records'
// advisory locks, so the stored versions read here cannot change before this transaction commits.
import type { SyncedRecord } from '@/domain/merge';
import type { RecordTable } from '@/domain/record-tables';
import type { Queryable } from '@/server/db/database';
import { recordFacts, type RecordFacts } from './report-facts';

export interface TotalsWrite {
  table: RecordTable;
  record: SyncedRecord;
}

type FlowSums = [records: number, people: number, women: number, ethnicMinority: number, households: number];
type StateSums = [records: number, amount: number];

class Deltas {
  readonly days = new Map<string, FlowSums>();
  readonly months = new Map<string, FlowSums>();
  readonly years = new Map<string, FlowSums>();
  readonly states = new Map<string, StateSums>();

  add(facts: RecordFacts | null, sign: 1 | -1): void {
    if (!facts) return;
    const { communeId: c, villageId: v } = facts;
    for (const f of facts.flows) {
      const sums: FlowSums = [f.records, f.people, f.women, f.ethnicMinority, f.households];
      bump(this.days, [c, v, f.day, f.facet, f.key], sums, sign);
      bump(this.months, [c, v, f.day.slice(0, 7), f.facet, f.key], sums, sign);
      bump(this.years, [c, v, f.day.slice(0, 4), f.facet, f.key], sums, sign);
    }
    for (const s of facts.states) bump(this.states, [c, v, s.facet, s.key], [s.records, s.amount], sign);
  }
}

function bump<T extends number[]>(map: Map<string, T>, key: string[], sums: T, sign: 1 | -1): void {
  const k = JSON.stringify(key);
  const acc = map.get(k) ?? (sums.map(() => 0) as T);
  for (let i = 0; i < sums.length; i++) acc[i] = (acc[i] ?? 0) + sign * (sums[i] ?? 0);
  map.set(k, acc);
}

/** Changed rows only, sorted by key (the lock order), as column arrays for one unnest upsert. */
function columns(map: Map<string, number[]>, width: number): unknown[][] {
  const rows = [...map.entries()]
    .filter(([, sums]) => sums.some((n) => n !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const cols: unknown[][] = Array.from({ length: width }, () => []);
  for (const [k, sums] of rows) [...(JSON.parse(k) as string[]), ...sums].forEach((p, i) => cols[i]?.push(p));
  return rows.length === 0 ? [] : cols;
}

const FLOW_UPSERT = (table: string, time: string) => `
  INSERT INTO ${table} AS t (commune_id, village_id, ${time}, facet, key, records, people, women, ethnic_minority, households)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                       $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[])
  ON CONFLICT (commune_id, village_id, ${time}, facet, key) DO UPDATE SET
    records = t.records + excluded.records, people = t.people + excluded.people, women = t.women + excluded.women,
    ethnic_minority = t.ethnic_minority + excluded.ethnic_minority, households = t.households + excluded.households`;

const STATE_UPSERT = `
  INSERT INTO report_village_state AS t (commune_id, village_id, facet, key, records, amount)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::bigint[])
  ON CONFLICT (commune_id, village_id, facet, key) DO UPDATE SET
    records = t.records + excluded.records, amount = t.amount + excluded.amount`;

/** Applies the difference between the stored and the new versions of `writes` to the totals. */
export async function keepReportTotals(tx: Queryable, writes: readonly TotalsWrite[]): Promise<void> {
  const relevant = writes.filter((w) => w.table !== 'teamMembers');
  if (relevant.length === 0) return;
  const stored = await tx.query<{ tbl: RecordTable; id: string; data: SyncedRecord }>(
    `SELECT r.tbl, r.id, r.data FROM records r
       JOIN unnest($1::text[], $2::text[]) AS u(t, i) ON r.tbl = u.t AND r.id = u.i`,
    [relevant.map((w) => w.table), relevant.map((w) => w.record.id)],
  );
  const deltas = new Deltas();
  for (const row of stored) deltas.add(recordFacts(row.tbl, row.data), -1);
  for (const w of relevant) deltas.add(recordFacts(w.table, w.record), 1);
  const days = columns(deltas.days, 10);
  if (days.length > 0) await tx.query(FLOW_UPSERT('report_day_totals', 'day'), days);
  const months = columns(deltas.months, 10);
  if (months.length > 0) await tx.query(FLOW_UPSERT('report_month_totals', 'month'), months);
  const years = columns(deltas.years, 10);
  if (years.length > 0) await tx.query(FLOW_UPSERT('report_year_totals', 'year'), years);
  const states = columns(deltas.states, 6);
  if (states.length > 0) await tx.query(STATE_UPSERT, states);
}
