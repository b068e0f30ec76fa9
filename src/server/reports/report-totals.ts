// Keeps the report totals (migrations 004, 012) and the state history (011) current IN THE SAME TRANSACTION
// as the record writes: before saveRecords stores new versions, the facts of the stored versions are
// subtracted and the facts of the new ones added. Rows are upserted in one sorted order, so two
// concurrent pushes touching the same totals rows queue behind each other instead of deadlocking. The
// caller already holds the records' advisory locks, so the stored versions read here cannot change
// before this transaction commits.
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

/** The state history of migration 011, kept so that each key's latest row is its live record's current
 * version: the new version's day row is upserted and any later rows are dropped (a version dated before
 * the history's end corrects it; a recount dated after it adds to it); a record deleted, or moved to
 * another key, takes all the rows of its stored key with it. */
class History {
  private readonly upserts = new Map<string, [string, string, string, string, string, number, number]>();
  /** (commune, village, facet, key, after): rows of the key dated after `after` go ('' = all of them). */
  private readonly deletes = new Map<string, [string, string, string, string, string]>();

  add(stored: RecordFacts | null, next: RecordFacts | null): void {
    for (const h of stored?.history ?? []) {
      const key = [stored!.communeId, stored!.villageId, h.facet, h.key] as const;
      this.deletes.set(JSON.stringify(key), [...key, '']);
    }
    for (const h of next?.history ?? []) {
      const key = [next!.communeId, next!.villageId, h.facet, h.key] as const;
      this.deletes.set(JSON.stringify(key), [...key, h.on]);
      this.upserts.set(JSON.stringify([...key, h.on]), [...key, h.on, h.records, h.amount]);
    }
  }

  async write(tx: Queryable): Promise<void> {
    if (this.deletes.size > 0) await tx.query(HISTORY_DELETE_AFTER, transpose(sorted(this.deletes), 5));
    if (this.upserts.size > 0) await tx.query(HISTORY_UPSERT, transpose(sorted(this.upserts), 7));
  }
}

/** Rows in key order (the lock order, as for the totals). */
const sorted = <T>(map: Map<string, T>): T[] =>
  [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);

function transpose(rows: readonly (readonly unknown[])[], width: number): unknown[][] {
  const cols: unknown[][] = Array.from({ length: width }, () => []);
  for (const row of rows) row.forEach((p, i) => cols[i]?.push(p));
  return cols;
}

function bump<T extends number[]>(map: Map<string, T>, key: string[], sums: T, sign: 1 | -1): void {
  const k = JSON.stringify(key);
  const acc = map.get(k) ?? (sums.map(() => 0) as T);
  for (let i = 0; i < sums.length; i++) acc[i] = (acc[i] ?? 0) + sign * (sums[i] ?? 0);
  map.set(k, acc);
}

/** Changed rows only, sorted by key (the lock order), as column arrays for one unnest upsert. */
function columns(map: Map<string, number[]>, width: number): unknown[][] {
  const changed = new Map<string, unknown[]>();
  for (const [k, sums] of map)
    if (sums.some((n) => n !== 0)) changed.set(k, [...(JSON.parse(k) as string[]), ...sums]);
  return changed.size === 0 ? [] : transpose(sorted(changed), width);
}

const FLOW_UPSERT = (table: string, time: string) => `
  INSERT INTO ${table} AS t (commune_id, village_id, ${time}, facet, key, records, people, women, ethnic_minority, households)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                       $6::bigint[], $7::bigint[], $8::bigint[], $9::bigint[], $10::bigint[])
  ON CONFLICT (commune_id, village_id, ${time}, facet, key) DO UPDATE SET
    records = t.records + excluded.records, people = t.people + excluded.people, women = t.women + excluded.women,
    ethnic_minority = t.ethnic_minority + excluded.ethnic_minority, households = t.households + excluded.households`;

// History rows hold the value last saved for their day (they are not sums: a corrected count replaces it).
const HISTORY_UPSERT = `
  INSERT INTO report_state_history AS t (commune_id, village_id, facet, key, on_day, records, amount)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::bigint[])
  ON CONFLICT (commune_id, village_id, facet, key, on_day) DO UPDATE SET
    records = excluded.records, amount = excluded.amount`;
const HISTORY_DELETE_AFTER = `
  DELETE FROM report_state_history h
   USING unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(c, v, f, k, after)
   WHERE h.commune_id = u.c AND h.village_id = u.v AND h.facet = u.f AND h.key = u.k AND h.on_day > u.after`;

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
  const storedFacts = new Map<string, RecordFacts | null>();
  for (const row of stored) {
    const facts = recordFacts(row.tbl, row.data);
    storedFacts.set(`${row.tbl}|${row.id}`, facts);
    deltas.add(facts, -1);
  }
  const history = new History();
  for (const w of relevant) {
    const facts = recordFacts(w.table, w.record);
    deltas.add(facts, 1);
    history.add(storedFacts.get(`${w.table}|${w.record.id}`) ?? null, facts);
  }
  const days = columns(deltas.days, 10);
  if (days.length > 0) await tx.query(FLOW_UPSERT('report_day_totals', 'day'), days);
  const months = columns(deltas.months, 10);
  if (months.length > 0) await tx.query(FLOW_UPSERT('report_month_totals', 'month'), months);
  const years = columns(deltas.years, 10);
  if (years.length > 0) await tx.query(FLOW_UPSERT('report_year_totals', 'year'), years);
  const states = columns(deltas.states, 6);
  if (states.length > 0) await tx.query(STATE_UPSERT, states);
  await history.write(tx);
}
