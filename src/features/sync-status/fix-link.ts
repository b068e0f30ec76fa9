// Where the user fixes a refused change: the screen that edits that kind of record.
import type { RecordTable } from '@/domain/record-tables';
import type { StoredRecord } from '@/storage/database';

export function fixLink(
  table: RecordTable,
  recordId: string,
  record: StoredRecord | undefined,
): string | null {
  const villageId = typeof record?.villageId === 'string' ? record.villageId : null;
  switch (table) {
    case 'trainingSessions':
      return `/training/${encodeURIComponent(recordId)}`;
    case 'helpActivities':
      return `/helpers/activities/${encodeURIComponent(recordId)}`;
    case 'banSoHelpers':
      return `/helpers/people/${encodeURIComponent(recordId)}`;
    case 'checklistProgress':
      return villageId ? `/checklist/${encodeURIComponent(villageId)}` : '/checklist';
    case 'villageCounts':
      return villageId ? `/village-profile/${encodeURIComponent(villageId)}` : '/village-profile';
    default:
      return null;
  }
}

/** A few words naming the record, so the user recognises it in the list. */
export function recordSummary(record: StoredRecord | undefined): string {
  if (!record) return '';
  const parts = [record.date, record.place, record.name, record.criterionCode, record.code].filter(
    (v): v is string => typeof v === 'string' && v.length > 0,
  );
  return parts.join(' · ');
}
