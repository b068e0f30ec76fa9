// What the browser says about this phone's storage: whether it is persistent (not evicted when space runs
// low) and how much is used of the quota, and whether that is past the 80 % at which settings and home
// warn. Browsers without the Storage API report `supported: false`.
import { useCallback, useEffect, useState } from 'react';

/** Past this share of the quota, settings and home warn: the next photos may not fit. */
export const STORAGE_WARN_RATIO = 0.8;
export interface StorageStatus {
  supported: boolean;
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function readStorageStatus(
  storage: StorageManager | undefined = navigator.storage,
): Promise<StorageStatus> {
  if (!storage) return { supported: false, persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    storage.estimate ? storage.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return { supported: true, persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep the data; true when granted. */
export async function requestPersistence(
  storage: StorageManager | undefined = navigator.storage,
): Promise<boolean> {
  if (!storage?.persist) return false;
  return storage.persist().catch(() => false);
}

/** The share of the quota used, or null when the browser does not say. */
export function usedRatio(status: StorageStatus | null): number | null {
  if (!status?.usage || !status.quota) return status?.usage === 0 ? 0 : null;
  return status.usage / status.quota;
}

export const nearlyFull = (status: StorageStatus | null) => (usedRatio(status) ?? 0) > STORAGE_WARN_RATIO;

/** The storage status, read once on mount; `refresh` reads it again (after asking for persistence). */
export function useStorageStatus(): { status: StorageStatus | null; refresh: () => Promise<void> } {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const refresh = useCallback(() => readStorageStatus().then(setStatus), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { status, refresh };
}
