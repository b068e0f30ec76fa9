// Indexed, paginated queries over training sessions (newest first, tombstones hidden), free of React so
// benchmarks can run them over 30,000 rows. Each filter is an index range ([villageId+date] or date,
// `*topics`, `*searchWords`); native counts pick the cheapest plan (training-query-plan.ts), so no query
// loads the whole table.
import type { Collection } from 'dexie';
import { searchWords } from '@/domain/fold';
import type { TrainingSessionFields } from '@/domain/training-session';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';
import { planQuery } from './training-query-plan';

export type TrainingSessionRecord = StoredRecord & TrainingSessionFields;

export interface TrainingFilter {
  villageId?: string | null;
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string | null;
  to?: string | null;
  topic?: string | null;
  /** Free text; each folded word must prefix-match a word of place, trainers or notes. */
  query?: string | null;
}

/** Keyset cursor: the last row of the previous page (pages are ordered by date desc, then id desc). */
export interface PageCursor {
  date: string;
  id: string;
}

export interface TrainingPage {
  items: TrainingSessionRecord[];
  next: PageCursor | null;
}

export const PAGE_SIZE = 30;
const MIN_DATE = '';
const MAX_DATE = '\uffff';

const newestFirst = (a: TrainingSessionRecord, b: TrainingSessionRecord) =>
  a.date === b.date ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.date < b.date ? 1 : -1;

/** One page of sessions, newest first. Pass the previous page's `next` as `after` for the next one.
 * Inside a liveQuery: only Dexie promises are awaited here (a plain await loses Dexie's zone, and the
 * list would miss later changes such as the undo of a delete). */
export async function listTrainingSessions(
  db: BanSoDatabase,
  filter: TrainingFilter = {},
  { limit = PAGE_SIZE, after = null }: { limit?: number; after?: PageCursor | null } = {},
): Promise<TrainingPage> {
  const table = db.trainingSessions;
  const from = filter.from || MIN_DATE;
  const to = after && after.date < (filter.to || MAX_DATE) ? after.date : filter.to || MAX_DATE;
  if (from > to) return { items: [], next: null };
  const words = searchWords(filter.query ?? '');
  const topic = filter.topic || null;

  const matches = (row: StoredRecord): row is TrainingSessionRecord => {
    const r = row as TrainingSessionRecord;
    return (
      !r.deleted &&
      (!filter.villageId || r.villageId === filter.villageId) &&
      r.date >= from &&
      r.date <= to &&
      (!after || r.date < after.date || (r.date === after.date && r.id < after.id)) &&
      (!topic || r.topics.includes(topic)) &&
      words.every((w) => (r.searchWords ?? []).some((have) => have.startsWith(w)))
    );
  };
  const range = filter.villageId
    ? table.where('[villageId+date]').between([filter.villageId, from], [filter.villageId, to], true, true)
    : table.where('date').between(from, to, true, true);

  // The most selective topic/word range, by native count (index entries only, no rows read).
  const narrowing: Collection<StoredRecord, string>[] = [
    ...(topic ? [table.where('topics').equals(topic)] : []),
    ...words.map((w) => table.where('searchWords').startsWith(w)),
  ];
  let best: Collection<StoredRecord, string> | null = null;
  let bestCount: number | null = null;
  for (const source of narrowing) {
    const n = await source.count();
    if (n === 0) return { items: [], next: null };
    if (bestCount === null || n < bestCount) [best, bestCount] = [source, n];
  }
  const need = limit + 1;
  const rangeCount = best ? await range.clone().count() : null;
  const narrowed = !!(filter.villageId || filter.from || filter.to || after);
  const tableCount = best && narrowed ? await table.count() : rangeCount;
  const plan = planQuery({ need, rangeCount, bestCount, tableCount });

  let rows: TrainingSessionRecord[] = [];
  if (plan.kind === 'walk' || !best) {
    rows = (await range.reverse().filter(matches).limit(need).toArray()) as TrainingSessionRecord[];
  } else if (plan.kind === 'fetchAll') {
    const ids = [...new Set(await best.primaryKeys())];
    rows = (await table.bulkGet(ids))
      .filter((r): r is StoredRecord => r !== undefined)
      .filter(matches)
      .sort(newestFirst)
      .slice(0, need);
  } else {
    // Ids of the range arrive newest first (date desc, id desc), so matching rows need no sorting.
    const selective = new Set(await best.primaryKeys());
    // Each round re-reads the newest ids with a larger limit rather than using offset(): in Chromium a
    // reverse key read with a limit is fast, while offset() on it was measured ~20× slower.
    let done = 0;
    let total = plan.chunk;
    for (;;) {
      const ids = await range.clone().reverse().limit(total).primaryKeys();
      let hits = ids.slice(done).filter((id) => selective.has(id));
      // Fetch only as many rows as the page still lacks; more only if some fail the other filters.
      while (hits.length > 0 && rows.length < need) {
        const batch = hits.slice(0, need - rows.length);
        hits = hits.slice(batch.length);
        for (const r of await table.bulkGet(batch)) if (r && matches(r)) rows.push(r);
      }
      if (rows.length >= need || ids.length < total) break;
      done = ids.length;
      total *= 4;
    }
  }
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last ? { date: last.date, id: last.id } : null };
}

/** One session by id, or undefined when it does not exist or was deleted. */
export async function getTrainingSession(
  db: BanSoDatabase,
  id: string,
): Promise<TrainingSessionRecord | undefined> {
  const row = await db.trainingSessions.get(id);
  return row && !row.deleted ? (row as TrainingSessionRecord) : undefined;
}
