// Writes a validated training session through the record writer (row + outbox in one transaction): the
// whole session when new, and then remembers its choices for the next one; only the changed fields when
// editing, so a concurrent edit of another field on another phone is kept by the per-field merge.
import type { TrainingSessionFields } from '@/domain/training-session';
import type { BanSoDatabase } from '@/storage/database';
import { createRecord, deleteRecord, writeRecord, type WriteContext } from '@/storage/record-writer';
import { changedFields, lastUsedOf } from './training-form-model';
import { saveLastUsed } from './training-last-used';

export async function saveTrainingSession(
  db: BanSoDatabase,
  ctx: WriteContext,
  fields: TrainingSessionFields,
  edit?: { id: string; original: TrainingSessionFields },
): Promise<void> {
  if (edit) {
    const patch = changedFields(edit.original, fields);
    if (Object.keys(patch).length > 0) await writeRecord(db, 'trainingSessions', edit.id, patch, ctx);
    return;
  }
  await createRecord(db, 'trainingSessions', fields, ctx);
  await saveLastUsed(db, lastUsedOf(fields));
}

/** A tombstone; the list offers `restoreRecord` as the undo. */
export async function deleteTrainingSession(db: BanSoDatabase, ctx: WriteContext, id: string): Promise<void> {
  await deleteRecord(db, 'trainingSessions', id, ctx);
}
