// The client sync engine: one run pushes the outbox in order, in bounded batches, and pulls until the
// server has nothing more — each request carries both, so an idle sync is one small request. Everything
// platform-specific is injected (transport, clock, lock, sleep) so the engine runs in Node tests.
import { parseCatalog } from '@/domain/catalog';
import { PROTOCOL_VERSION, MAX_PUSH_MUTATIONS } from '@/protocol/version';
import type { SyncRequest } from '@/protocol/sync-messages';
import { catalogVersions, installCatalog } from '@/storage/catalogs';
import type { BanSoDatabase } from '@/storage/database';
import { getMeta, META, setMeta } from '@/storage/meta';
import { nextBatch, pendingCount, recordResults, toWire } from './outbox-push';
import { applyPullPage, finishReset, resetLocal, RESET_PENDING_KEY } from './pull-apply';
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './retry';
import { asSyncError, SyncError, type SyncFailure } from './sync-errors';
import { createMemoryLock, type SyncLock } from './sync-lock';
import { createSyncStatusStore, type SyncStatusStore } from './sync-status';
import type { SyncTransport } from './sync-transport';

/** Meta key set when the server answered 401: the phone must enrol again before it syncs. */
export const REVOKED_KEY = 'syncRevokedAt';
const MAX_ROUNDS = 500;
const MAX_RESETS_PER_RUN = 2;

export interface SyncEngineOptions {
  db: BanSoDatabase;
  transport: SyncTransport;
  token: string;
  now?: () => number;
  lock?: SyncLock;
  status?: SyncStatusStore;
  retry?: Partial<RetryOptions>;
  pushLimit?: number;
  pullLimit?: number;
}

/** The last failure as kept in meta, so "stuck" survives an app restart. */
export interface StoredSyncError {
  failure: SyncFailure;
  detail: string | null;
  at: number;
  failingSince: number;
}

/** Fills the status store from meta when the app starts (last success, last failure and since when). */
export async function loadSyncStatus(db: BanSoDatabase, status: SyncStatusStore): Promise<void> {
  const [lastSuccessAt, error] = await Promise.all([
    getMeta<number>(db, META.lastSyncAt),
    getMeta<StoredSyncError>(db, META.lastSyncError),
  ]);
  status.setState({
    lastSuccessAt: lastSuccessAt ?? null,
    lastError: error?.failure ?? null,
    lastErrorDetail: error?.detail ?? null,
    failingSince: error?.failingSince ?? null,
  });
}

export interface SyncOutcome {
  ok: boolean;
  /** True when another tab (or run) held the sync lock: nothing was done. */
  skipped: boolean;
  requests: number;
  acknowledged: number;
  rejected: number;
  received: number;
  failure: SyncFailure | null;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function installNewCatalogs(db: BanSoDatabase, catalogs: unknown[]): Promise<void> {
  if (catalogs.length === 0) return;
  const current = await catalogVersions(db);
  for (const raw of catalogs) {
    try {
      const catalog = parseCatalog(raw);
      if (current[catalog.kind] !== catalog.version) await installCatalog(db, catalog);
    } catch {
      // A catalog this app version cannot read is skipped; the next app update will take it.
    }
  }
}

export function createSyncEngine(opts: SyncEngineOptions) {
  const { db, transport, token } = opts;
  const now = opts.now ?? Date.now;
  const lock = opts.lock ?? createMemoryLock();
  const status = opts.status ?? createSyncStatusStore();
  const retry: RetryOptions = { ...DEFAULT_RETRY, sleep: sleepFor, random: Math.random, ...opts.retry };
  const pushLimit = opts.pushLimit ?? MAX_PUSH_MUTATIONS;

  async function run(outcome: SyncOutcome): Promise<void> {
    if (await getMeta<number>(db, REVOKED_KEY)) throw new SyncError('revoked', 401);
    let resets = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const batch = await nextBatch(db, pushLimit);
      const request: SyncRequest = {
        protocol: PROTOCOL_VERSION,
        mutations: batch.map(toWire),
        cursor: (await getMeta<string>(db, META.cursor)) ?? null,
        ...(opts.pullLimit ? { pullLimit: opts.pullLimit } : {}),
        catalogs: await catalogVersions(db),
        clientTime: now(),
      };
      const response = await withRetry(() => transport.sync(request, token), retry);
      outcome.requests++;
      const pushed = await recordResults(db, batch, response.results);
      outcome.acknowledged += pushed.acknowledged;
      outcome.rejected += pushed.rejected;
      if (response.reset) {
        if (++resets > MAX_RESETS_PER_RUN) throw new SyncError('badResponse', 200, 'reset loop');
        await resetLocal(db);
        continue;
      }
      outcome.received += await applyPullPage(
        db,
        { rows: response.rows, cursor: response.cursor, overwrites: response.overwrites ?? [] },
        now(),
      );
      await installNewCatalogs(db, response.catalogs);
      // A server that answers none of a batch would make this loop spin: stop and say so.
      if (batch.length > 0 && pushed.acknowledged + pushed.rejected === 0)
        throw new SyncError('badResponse', 200, 'no mutation answered');
      const progress = status.getState().progress;
      status.setState({
        progress: {
          sent: outcome.acknowledged + outcome.rejected,
          total: Math.max(progress.total, outcome.acknowledged + outcome.rejected),
          received: outcome.received,
        },
      });
      if (!response.hasMore && (await nextBatch(db, 1)).length === 0) break;
    }
    if (await getMeta(db, RESET_PENDING_KEY)) await finishReset(db);
  }

  /** One sync run under the lock; never throws — the outcome and the status store say what happened. */
  async function sync(): Promise<SyncOutcome> {
    const outcome: SyncOutcome = {
      ok: false,
      skipped: false,
      requests: 0,
      acknowledged: 0,
      rejected: 0,
      received: 0,
      failure: null,
    };
    const done = await lock(async () => {
      const startedAt = now();
      status.setState({
        running: true,
        lastAttemptAt: startedAt,
        progress: { sent: 0, total: await pendingCount(db), received: 0 },
      });
      try {
        await run(outcome);
        outcome.ok = true;
        const at = now();
        await setMeta(db, META.lastSyncAt, at);
        await db.meta.delete(META.lastSyncError);
        status.setState({ lastSuccessAt: at, lastError: null, lastErrorDetail: null, failingSince: null });
      } catch (error) {
        const failure = asSyncError(error);
        outcome.failure = failure.failure;
        if (failure.failure === 'revoked') await setMeta(db, REVOKED_KEY, now());
        const failingSince = status.getState().failingSince ?? startedAt;
        const stored: StoredSyncError = {
          failure: failure.failure,
          detail: failure.detail ?? null,
          at: now(),
          failingSince,
        };
        await setMeta(db, META.lastSyncError, stored);
        status.setState({
          lastError: failure.failure,
          lastErrorDetail: failure.detail ?? null,
          failingSince,
        });
      } finally {
        status.setState({ running: false });
      }
      return true;
    });
    if (done === null) outcome.skipped = true;
    return outcome;
  }

  return { sync, status };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
