// Writes of the Người bản số feature, all through the record writer (row + outbox in one transaction).
// Edits send only the fields that changed, so two phones editing different fields both keep their edit.
import type { BanSoHelperFields, HelpActivityFields } from '@/domain/help-activity';
import type { BanSoDatabase, StoredRecord } from '@/storage/database';
import { createRecord, deleteRecord, restoreRecord, writeRecord } from '@/storage/record-writer';
import { writeContext } from '@/storage/session-store';
import { activityFromRecord, changedFields, helperFromRecord } from './form-values';
import { rememberChoice } from './last-choice';

/** Runs a write as the current user; resolves to null, or to the i18n key of what went wrong. */
async function asCurrentUser(
  write: (ctx: NonNullable<ReturnType<typeof writeContext>>) => Promise<unknown>,
): Promise<string | null> {
  const ctx = writeContext();
  if (!ctx) return 'helpers:noMember';
  try {
    await write(ctx);
    return null;
  } catch {
    return 'common:errors.saveFailed';
  }
}

export function logActivity(db: BanSoDatabase, data: HelpActivityFields) {
  return asCurrentUser(async (ctx) => {
    await createRecord(db, 'helpActivities', data, ctx);
    await rememberChoice(db, data.villageId, { helperId: data.helperId, kind: data.kind });
  });
}

export function editActivity(db: BanSoDatabase, record: StoredRecord, data: HelpActivityFields) {
  const before = { ...activityFromRecord(record), villageId: record.villageId ?? '' };
  const patch = changedFields<HelpActivityFields>(before, data);
  if (Object.keys(patch).length === 0) return Promise.resolve(null);
  return asCurrentUser((ctx) => writeRecord(db, 'helpActivities', record.id, patch, ctx));
}

export const deleteActivity = (db: BanSoDatabase, id: string) =>
  asCurrentUser((ctx) => deleteRecord(db, 'helpActivities', id, ctx));

export const restoreActivity = (db: BanSoDatabase, id: string) =>
  asCurrentUser((ctx) => restoreRecord(db, 'helpActivities', id, ctx));

export function addHelper(db: BanSoDatabase, data: BanSoHelperFields) {
  return asCurrentUser((ctx) => createRecord(db, 'banSoHelpers', data, ctx));
}

export function editHelper(db: BanSoDatabase, record: StoredRecord, data: BanSoHelperFields) {
  const before = { ...helperFromRecord(record), villageId: record.villageId ?? '' };
  const patch = changedFields<BanSoHelperFields>(before, data);
  if (Object.keys(patch).length === 0) return Promise.resolve(null);
  return asCurrentUser((ctx) => writeRecord(db, 'banSoHelpers', record.id, patch, ctx));
}
