// Small keyed values in the `meta` table: the device's HLC state, enrolment, pull cursor, chosen member
// and village. Read and written inside the caller's transaction when atomicity matters.
import type { BanSoDatabase } from './database';

export const META = {
  clock: 'clock',
  deviceNode: 'deviceNode',
  enrolment: 'enrolment',
  cursor: 'pullCursor',
  lastSyncAt: 'lastSyncAt',
  lastSyncError: 'lastSyncError',
  currentMember: 'currentMember',
  currentVillage: 'currentVillage',
  lastUsed: 'lastUsed',
} as const;

export async function getMeta<T>(db: BanSoDatabase, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: BanSoDatabase, key: string, value: unknown): Promise<void> {
  await db.meta.put({ key, value });
}
