// The helper and kind of help this phone used last in a village, so the next log is pre-selected.
// Kept in the local `meta` table: a per-phone convenience, never synced.
import type { BanSoDatabase } from '@/storage/database';
import { getMeta, META, setMeta } from '@/storage/meta';

export interface LastChoice {
  helperId: string;
  kind: string;
}

const key = (villageId: string) => `${META.lastUsed}:helpers:${villageId}`;

export async function loadLastChoice(db: BanSoDatabase, villageId: string): Promise<LastChoice | null> {
  return (await getMeta<LastChoice>(db, key(villageId))) ?? null;
}

export async function rememberChoice(
  db: BanSoDatabase,
  villageId: string,
  choice: LastChoice,
): Promise<void> {
  await setMeta(db, key(villageId), choice);
}
