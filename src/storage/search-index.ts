// Local-only index fields derived from a record: the folded words text search walks, villageId for
// tables whose village lives in content, and a training session's attendance per topic as index keys
// (`topic|date|village|people`), which the commune view sums reading keys only, never the rows.
// Recomputed on every local write and every pulled row.
import { searchWords } from '@/domain/fold';
import type { SyncedRecord } from '@/domain/merge';
import type { RecordTable } from '@/domain/record-tables';
import type { StoredRecord } from './database';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** `topic|date|villageId|attendees` per topic of a live session (none for a tombstone). */
export function topicDayKeys(record: SyncedRecord): string[] {
  if (record.deleted || !Array.isArray(record.topics)) return [];
  const total = (record.attendees as { total?: unknown } | undefined)?.total;
  const people = typeof total === 'number' ? total : 0;
  return record.topics
    .filter((t): t is string => typeof t === 'string')
    .map((topic) => `${topic}|${String(record.date)}|${String(record.villageId)}|${people}`);
}

export function indexFields(table: RecordTable, record: SyncedRecord): StoredRecord {
  switch (table) {
    case 'trainingSessions':
      return {
        ...record,
        topicDays: topicDayKeys(record),
        searchWords: searchWords(
          str(record.place),
          str(record.notes),
          ...(Array.isArray(record.trainers) ? record.trainers.map(str) : []),
        ),
      };
    case 'banSoHelpers':
      return { ...record, searchWords: searchWords(str(record.name), str(record.phone)) };
    case 'helpActivities':
      return { ...record, searchWords: searchWords(str(record.notes)) };
    default:
      return record;
  }
}

/** The synced part of a stored row: the record without its local-only index fields (what the server holds). */
export function syncedPart(stored: StoredRecord): SyncedRecord {
  const { searchWords: _words, topicDays: _topicDays, ...record } = stored;
  return record;
}
