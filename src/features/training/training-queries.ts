// Indexed, paginated queries over training sessions (newest first, tombstones hidden), free of React so
// benchmarks can run them over 30,000 rows. A page walks [villageId+date] or date in reverse; topic and
// text filters first narrow to a key set (`*topics`, `*searchWords`), never loading the whole table.
import { searchWords } from '@/domain/fold';
import type { TrainingSessionFields } from '@/domain/training-session';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';

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
/** Below this many candidates, fetching them by key beats walking the date index to find a page. */
const SMALL_CANDIDATE_SET = 600;
const MIN_DATE = '';
const MAX_DATE = '\uffff';

const intersect = (a: Set<string> | null, b: Set<string>) =>
  a === null ? b : new Set([...a].filter((k) => b.has(k)));

/** Ids matching the topic and text filters, or null when neither is set (everything matches). */
export async function candidateIds(db: BanSoDatabase, filter: TrainingFilter): Promise<Set<string> | null> {
  let ids: Set<string> | null = null;
  if (filter.topic) {
    ids = new Set(await db.trainingSessions.where('topics').equals(filter.topic).primaryKeys());
  }
  // Longest words first: they are the most selective, so later intersections stay small.
  const words = searchWords(filter.query ?? '').sort((a, b) => b.length - a.length);
  for (const word of words) {
    if (ids !== null && ids.size === 0) break;
    ids = intersect(
      ids,
      new Set(await db.trainingSessions.where('searchWords').startsWith(word).primaryKeys()),
    );
  }
  return ids;
}

const newestFirst = (a: TrainingSessionRecord, b: TrainingSessionRecord) =>
  a.date === b.date ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.date < b.date ? 1 : -1;

const afterCursor = (r: { date: string; id: string }, c: PageCursor | null | undefined) =>
  !c || r.date < c.date || (r.date === c.date && r.id < c.id);

/** One page of sessions, newest first. Pass the previous page's `next` as `after` for the next one. */
export async function listTrainingSessions(
  db: BanSoDatabase,
  filter: TrainingFilter = {},
  { limit = PAGE_SIZE, after = null }: { limit?: number; after?: PageCursor | null } = {},
): Promise<TrainingPage> {
  const from = filter.from || MIN_DATE;
  let to = filter.to || MAX_DATE;
  if (after && after.date < to) to = after.date;
  if (from > to) return { items: [], next: null };
  // Await only Dexie promises here: an await of a plain promise inside a liveQuery loses Dexie's zone, and
  // the list would then miss later changes (an undo of a delete, say).
  const narrowed = !!filter.topic || searchWords(filter.query ?? '').length > 0;
  const candidates = narrowed ? await candidateIds(db, filter) : null;
  if (candidates !== null && candidates.size === 0) return { items: [], next: null };

  const keep = (r: StoredRecord): r is TrainingSessionRecord => {
    const s = r as TrainingSessionRecord;
    return (
      !s.deleted &&
      (!filter.villageId || s.villageId === filter.villageId) &&
      s.date >= from &&
      s.date <= to &&
      afterCursor(s, after) &&
      (candidates === null || candidates.has(s.id))
    );
  };

  let rows: TrainingSessionRecord[];
  if (candidates !== null && candidates.size <= SMALL_CANDIDATE_SET) {
    const fetched = await db.trainingSessions.bulkGet([...candidates]);
    rows = fetched
      .filter((r): r is StoredRecord => r !== undefined)
      .filter(keep)
      .sort(newestFirst)
      .slice(0, limit + 1);
  } else {
    const range = filter.villageId
      ? db.trainingSessions
          .where('[villageId+date]')
          .between([filter.villageId, from], [filter.villageId, to], true, true)
      : db.trainingSessions.where('date').between(from, to, true, true);
    rows = (await range
      .reverse()
      .filter(keep)
      .limit(limit + 1)
      .toArray()) as TrainingSessionRecord[];
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
