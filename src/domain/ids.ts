// Record ids: client-generated UUIDv7 (time-ordered, so new rows append to indexes), and the
// deterministic ids of rows that must be one per (village, key) so two offline devices converge on one row.
import { v7 as uuidv7 } from 'uuid';

export function newId(): string {
  return uuidv7();
}

/** One checklist row per (village, criterion), one count row per (village, count code). */
export function compositeId(villageId: string, code: string): string {
  return `${villageId}~${code}`;
}
