// One tab syncs at a time (DESIGN invariant 9): the Web Locks API where the browser has it, an in-memory
// lock for Node tests and old browsers. `ifAvailable`: a second caller does not queue, it just skips.
export type SyncLock = <T>(run: () => Promise<T>) => Promise<T | null>;

export const SYNC_LOCK_NAME = 'ban-so-sync';

/** A lock held inside one JavaScript realm (one tab, or a Node test). */
export function createMemoryLock(): SyncLock {
  let held = false;
  return async (run) => {
    if (held) return null;
    held = true;
    try {
      return await run();
    } finally {
      held = false;
    }
  };
}

interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<T>): Promise<T>;
}

/** The Web Locks lock shared by every tab of the origin, or a memory lock where Web Locks is missing. */
export function createWebLock(locks: LockManagerLike | undefined = globalThis.navigator?.locks): SyncLock {
  if (!locks) return createMemoryLock();
  return (run) =>
    locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, (lock) => (lock ? run() : Promise.resolve(null)));
}
