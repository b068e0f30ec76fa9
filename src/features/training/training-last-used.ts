// The last session's place, topics, trainers, target group and language, kept on this phone only (meta),
// so the next session starts pre-filled and logging one takes under a minute.
import { getMeta, META, setMeta } from '@/storage/meta';
import type { BanSoDatabase } from '@/storage/database';
import type { TrainingLastUsed } from './training-form-model';

const KEY = `${META.lastUsed}:training`;

export function loadLastUsed(db: BanSoDatabase): Promise<TrainingLastUsed | undefined> {
  return getMeta<TrainingLastUsed>(db, KEY);
}

export function saveLastUsed(db: BanSoDatabase, lastUsed: TrainingLastUsed): Promise<void> {
  return setMeta(db, KEY, lastUsed);
}
