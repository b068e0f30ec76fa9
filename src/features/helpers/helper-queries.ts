// Dexie queries of the Người bản số feature: a village's helpers (by name, or by diacritic-free search)
// and its help activities (newest first, filtered), always paged with a limit and hiding tombstones.
import Dexie from 'dexie';
import { fold, matchesQuery, searchWords } from '@/domain/fold';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';

export interface Page<T> {
  items: T[];
  /** True when at least one more row matches beyond `items`. */
  hasMore: boolean;
}

const toPage = <T>(rows: T[], limit: number): Page<T> => ({
  items: rows.slice(0, limit),
  hasMore: rows.length > limit,
});

const live = (r: StoredRecord) => !r.deleted;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The village's Người bản số by name; with a query, only those whose name or phone match it. */
export async function listHelpers(
  db: BanSoDatabase,
  villageId: string,
  query: string,
  limit: number,
): Promise<Page<StoredRecord>> {
  const words = searchWords(query);
  const first = words[0];
  if (!first) {
    const rows = await db.banSoHelpers
      .where('[villageId+name]')
      .between([villageId, Dexie.minKey], [villageId, Dexie.maxKey])
      .filter(live)
      .limit(limit + 1)
      .toArray();
    return toPage(rows, limit);
  }
  // The multi-entry index narrows to rows having a word that starts like the query's first word;
  // the remaining words and the village are checked on those few rows.
  const rows = await db.banSoHelpers
    .where('searchWords')
    .startsWith(first)
    .distinct()
    .filter(
      (r) => live(r) && r.villageId === villageId && matchesQuery(`${str(r.name)} ${str(r.phone)}`, query),
    )
    .limit(limit + 1)
    .toArray();
  rows.sort((a, b) => fold(str(a.name)).localeCompare(fold(str(b.name))));
  return toPage(rows, limit);
}

/** Every helper of the village (a village has a handful), for pickers and for naming activities. */
export async function villageHelpers(
  db: BanSoDatabase,
  villageId: string,
  max = 500,
): Promise<StoredRecord[]> {
  return db.banSoHelpers
    .where('[villageId+name]')
    .between([villageId, Dexie.minKey], [villageId, Dexie.maxKey])
    .filter(live)
    .limit(max)
    .toArray();
}

export interface ActivityFilter {
  villageId: string;
  helperId?: string;
  kind?: string;
  /** Inclusive ISO dates; empty means open-ended. */
  from?: string;
  to?: string;
}

const byNewest = (a: StoredRecord, b: StoredRecord) =>
  str(b.date).localeCompare(str(a.date)) || b.id.localeCompare(a.id);

/** The village's help activities, newest first, filtered by helper, kind and date range. */
export async function listActivities(
  db: BanSoDatabase,
  filter: ActivityFilter,
  limit: number,
): Promise<Page<StoredRecord>> {
  const from = filter.from || '0000-01-01';
  const to = filter.to || '9999-12-31';
  const matches = (r: StoredRecord) =>
    live(r) &&
    r.villageId === filter.villageId &&
    str(r.date) >= from &&
    str(r.date) <= to &&
    (!filter.kind || r.kind === filter.kind) &&
    (!filter.helperId || r.helperId === filter.helperId);
  if (filter.helperId) {
    // One person's activities are few: the helperId index is the narrowest walk, sorted afterwards.
    const rows = await db.helpActivities.where('helperId').equals(filter.helperId).filter(matches).toArray();
    rows.sort(byNewest);
    return toPage(rows, limit);
  }
  // Otherwise walk the village's date range backwards (ids are UUIDv7, so ties keep creation order)
  // and stop as soon as one row beyond the page is found.
  const rows = await db.helpActivities
    .where('[villageId+date]')
    .between([filter.villageId, from], [filter.villageId, to], true, true)
    .reverse()
    .filter(matches)
    .limit(limit + 1)
    .toArray();
  return toPage(rows, limit);
}

/** One live record by id, or null when absent or deleted. */
export async function liveRecord(
  db: BanSoDatabase,
  table: 'banSoHelpers' | 'helpActivities',
  id: string,
): Promise<StoredRecord | null> {
  const row = await db.recordTable(table).get(id);
  return row && !row.deleted ? row : null;
}
