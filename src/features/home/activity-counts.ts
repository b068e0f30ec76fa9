// Home's "what did we do": today's and this month's training sessions, attendees, help activities and
// people helped. Indexed range queries on `date` (whole commune) or `[villageId+date]` (one village),
// one month at a time, tombstones left out. Pure over the database so tests call it directly.
import { monthStart } from '@/domain/dates';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';
import type { Table } from 'dexie';

export interface ActivityCounts {
  sessions: number;
  attendees: number;
  activities: number;
  peopleHelped: number;
}

export interface HomeCounts {
  today: ActivityCounts;
  month: ActivityCounts;
}

function monthRows(table: Table<StoredRecord, string>, villageId: string | null, today: string) {
  const from = monthStart(today);
  const to = `${today.slice(0, 7)}-31`;
  const range = villageId
    ? table.where('[villageId+date]').between([villageId, from], [villageId, to], true, true)
    : table.where('date').between(from, to, true, true);
  return range.filter((r) => r.deleted !== true).toArray();
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const attendeesOf = (r: StoredRecord) => num((r.attendees as { total?: unknown } | undefined)?.total);

function tally(sessions: StoredRecord[], activities: StoredRecord[]): ActivityCounts {
  return {
    sessions: sessions.length,
    attendees: sessions.reduce((s, r) => s + attendeesOf(r), 0),
    activities: activities.length,
    peopleHelped: activities.reduce((s, r) => s + num(r.peopleHelped), 0),
  };
}

/** Counts for `today` (YYYY-MM-DD) and its month, for one village or (villageId null) the whole phone. */
export async function countActivity(
  db: BanSoDatabase,
  villageId: string | null,
  today: string,
): Promise<HomeCounts> {
  const [sessions, activities] = await Promise.all([
    monthRows(db.trainingSessions, villageId, today),
    monthRows(db.helpActivities, villageId, today),
  ]);
  const onToday = (r: StoredRecord) => r.date === today;
  return {
    today: tally(sessions.filter(onToday), activities.filter(onToday)),
    month: tally(sessions, activities),
  };
}
