// The app's sync entry point: builds the engine for the open database and enrolment and runs it under the
// cross-tab lock. Never syncs in demo mode or before enrolment. Triggers (app open, online, timer, button,
// Background Sync) all land here; concurrent calls collapse into the run already under way.
import { sessionStore } from '@/storage/session-store';
import { uploadPhotosOnce } from './photo-upload';
import { createSyncEngine, type SyncOutcome } from './sync-engine';
import { loadSyncStatus } from './sync-history';
import { createWebLock, type SyncLock } from './sync-lock';
import { syncStatus, type SyncStatusStore } from './sync-status';
import { createHttpTransport, type FetchLike } from './sync-transport';

export interface AppSyncDeps {
  lock?: SyncLock;
  status?: SyncStatusStore;
  fetch?: FetchLike;
}

let sharedLock: SyncLock | null = null;
let loadedFor: unknown = null;

/** Whether this phone may sync now: real mode and enrolled. */
export function canSync(state = sessionStore.getState()): boolean {
  return state.mode === 'real' && state.enrolment !== null;
}

/** Runs one sync of the open database; null when the phone may not sync (demo, not enrolled). */
export async function syncNow(deps: AppSyncDeps = {}): Promise<SyncOutcome | null> {
  const state = sessionStore.getState();
  if (!canSync(state) || !state.enrolment) return null;
  const lock = deps.lock ?? (sharedLock ??= createWebLock());
  const status = deps.status ?? syncStatus;
  if (loadedFor !== state.db) {
    // First run on this database since the app started: restore what the user was last told.
    loadedFor = state.db;
    await loadSyncStatus(state.db, status);
  }
  const engine = createSyncEngine({
    db: state.db,
    transport: createHttpTransport({ serverUrl: state.enrolment.serverUrl, fetch: deps.fetch }),
    token: state.enrolment.token,
    lock,
    status,
  });
  const outcome = await engine.sync();
  // Photos after the records, on their own channel, not awaited: a sync is never slowed by photos.
  const { enrolment } = state;
  void uploadPhotosOnce({ db: state.db, serverUrl: enrolment.serverUrl, token: enrolment.token }).catch(
    (err: unknown) => console.warn('photo upload failed', err),
  );
  return outcome;
}
