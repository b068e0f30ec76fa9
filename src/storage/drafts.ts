// Unsaved form drafts, one per form key (e.g. "training:new", "training:<id>"). Local only, never synced.
import type { BanSoDatabase } from './database';

export function draftStore<T>(db: BanSoDatabase, key: string, now: () => number = Date.now) {
  return {
    load: async () => {
      const row = await db.drafts.get(key);
      return row ? { value: row.value as T, savedAt: row.savedAt } : undefined;
    },
    save: async (value: T) => {
      await db.drafts.put({ key, value, savedAt: now() });
    },
    clear: async () => {
      await db.drafts.delete(key);
    },
  };
}
