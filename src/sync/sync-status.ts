// What the user sees of sync (DESIGN invariant 10), as a zustand vanilla store the engine writes and the
// screens read: running and progress, the last success (also in meta, home reads it there), the last
// failure as a reason key, and whether the queue is "stuck" — not moving for long while online.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { NEEDS_USER, type SyncFailure } from './sync-errors';

export interface SyncProgress {
  /** Changes answered by the server in this run, out of the changes waiting when it started. */
  sent: number;
  total: number;
  /** Rows pulled in this run. */
  received: number;
}

export interface SyncStatus {
  running: boolean;
  progress: SyncProgress;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: SyncFailure | null;
  lastErrorDetail: string | null;
  /** When the current run of failures began (null after a success). */
  failingSince: number | null;
}

export type SyncStatusStore = StoreApi<SyncStatus>;

export function createSyncStatusStore(): SyncStatusStore {
  return createStore<SyncStatus>(() => ({
    running: false,
    progress: { sent: 0, total: 0, received: 0 },
    lastSuccessAt: null,
    lastAttemptAt: null,
    lastError: null,
    lastErrorDetail: null,
    failingSince: null,
  }));
}

/** The app's one status store (like `sessionStore`); tests make their own with `createSyncStatusStore`. */
export const syncStatus = createSyncStatusStore();

/** After this long failing while online, with changes waiting, the user is told the queue is stuck. */
export const STUCK_AFTER_MS = 15 * 60 * 1000;

/** Why the queue is stuck, or null when it is moving (or nothing waits, or the phone is offline). */
export function stuckReason(
  status: SyncStatus,
  ctx: { pending: number; online: boolean; now: number },
): SyncFailure | null {
  if (ctx.pending === 0 || !status.lastError) return null;
  if (NEEDS_USER.includes(status.lastError)) return status.lastError;
  if (!ctx.online || status.failingSince === null) return null;
  return ctx.now - status.failingSince >= STUCK_AFTER_MS ? status.lastError : null;
}
