// Local-only index fields derived from a record: the folded words text search walks, and villageId for
// tables whose village lives in content. Recomputed on every local write and every pulled row.
import { searchWords } from '@/domain/fold';
import type { SyncedRecord } from '@/domain/merge';
import type { RecordTable } from '@/domain/record-tables';
import type { StoredRecord } from './database';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function indexFields(table: RecordTable, record: SyncedRecord): StoredRecord {
  switch (table) {
    case 'trainingSessions':
      return {
        ...record,
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
