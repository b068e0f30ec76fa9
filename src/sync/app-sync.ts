// The app's sync entry point: builds the engine for the open database and enrolment and runs it under the
// cross-tab lock. Never syncs in demo mode, before enrolment, or while the browser knows it is offline (a
// request would only wait for its timeout while the screen said "syncing"). Triggers (app open, online,
// timer, button, Background Sync) all land here; concurrent calls collapse into the run already under way.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { BanSoDatabase } from '@/storage/database';
import { sessionStore } from '@/storage/session-store';
import { uploadPhotosOnce } from './photo-upload';
import { createSyncEngine, type SyncOutcome } from './sync-engine';
import { loadSyncStatus } from './sync-history';
import { createWebLock, type SyncLock } from './sync-lock';
import { syncStatus, type SyncStatusStore } from './sync-status';
import { createHttpTransport, type FetchLike } from './sync-transport';

/** What the app's sync keeps between runs: the cross-tab lock, and which database the status came from. */
export interface AppSyncState {
  lock: SyncLock | null;
  /** The database whose last sync result was loaded into the status store (once per database). */
  loadedFor: BanSoDatabase | null;
}

export type AppSyncStore = StoreApi<AppSyncState>;

export function createAppSyncStore(): AppSyncStore {
  return createStore<AppSyncState>(() => ({ lock: null, loadedFor: null }));
}

/** The app's one instance (like `sessionStore` and `syncStatus`); tests make their own. */
export const appSyncStore = createAppSyncStore();

export interface AppSyncDeps {
  lock?: SyncLock;
  status?: SyncStatusStore;
  fetch?: FetchLike;
  store?: AppSyncStore;
  /** False only when the browser is sure there is no network (navigator.onLine); true is often wrong. */
  isOnline?: () => boolean;
}

const browserOnline = () => globalThis.navigator?.onLine !== false;

const OFFLINE: SyncOutcome = {
  ok: false,
  skipped: true,
  requests: 0,
  restamped: 0,
  acknowledged: 0,
  rejected: 0,
  received: 0,
  failure: 'unreachable',
};

/** Whether this phone may sync now: real mode and enrolled. */
export function canSync(state = sessionStore.getState()): boolean {
  return state.mode === 'real' && state.enrolment !== null;
}

/** Runs one sync of the open database; null when the phone may not sync (demo, not enrolled). */
export async function syncNow(deps: AppSyncDeps = {}): Promise<SyncOutcome | null> {
  const state = sessionStore.getState();
  if (!canSync(state) || !state.enrolment) return null;
  const store = deps.store ?? appSyncStore;
  const status = deps.status ?? syncStatus;
  if (store.getState().loadedFor !== state.db) {
    // First run on this database since the app started: restore what the user was last told.
    store.setState({ loadedFor: state.db });
    await loadSyncStatus(state.db, status);
  }
  // The `online` trigger starts the next run when the connection returns.
  if (!(deps.isOnline ?? browserOnline)()) return OFFLINE;
  let lock = deps.lock ?? store.getState().lock;
  if (!lock) {
    lock = createWebLock();
    store.setState({ lock });
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
