// The client sync engine: one run pushes the outbox in order, in bounded batches, and pulls until the
// server has nothing more — each request carries both, so an idle sync is one small request and a typical
// one is one request too. A very large push goes in several, each committed on its own (a cut link
// redoes only the request in flight); pulled pages commit with their cursor. Everything
// platform-specific is injected (transport, clock, lock, sleep) so the engine runs in Node tests.
import { PROTOCOL_VERSION, MAX_PUSH_MUTATIONS } from '@/protocol/version';
import type { SyncRequest } from '@/protocol/sync-messages';
import { catalogVersions } from '@/storage/catalogs';
import type { BanSoDatabase } from '@/storage/database';
import { getMeta, META } from '@/storage/meta';
import { installNewCatalogs } from './catalog-install';
import { healClock } from './clock-heal';
import { nextBatch, pendingCount, recordResults, toWire } from './outbox-push';
import { applyPullPage, finishReset, resetLocal, RESET_PENDING_KEY } from './pull-apply';
import { DEFAULT_RETRY, withRetry, type RetryOptions } from './retry';
import { asSyncError, SyncError, type SyncFailure } from './sync-errors';
import { isRevoked, recordFailure, recordSuccess } from './sync-history';
import { createMemoryLock, type SyncLock } from './sync-lock';
import { createSyncStatusStore, type SyncStatusStore } from './sync-status';
import type { SyncTransport } from './sync-transport';

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

export interface SyncOutcome {
  ok: boolean;
  /** True when another tab (or run) held the sync lock: nothing was done. */
  skipped: boolean;
  requests: number;
  acknowledged: number;
  rejected: number;
  received: number;
  /** Changes refused for clock drift and queued again under a bounded clock. */
  restamped: number;
  failure: SyncFailure | null;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createSyncEngine(opts: SyncEngineOptions) {
  const { db, transport, token } = opts;
  const now = opts.now ?? Date.now;
  const lock = opts.lock ?? createMemoryLock();
  const status = opts.status ?? createSyncStatusStore();
  const retry: RetryOptions = { ...DEFAULT_RETRY, sleep: sleepFor, random: Math.random, ...opts.retry };
  const pushLimit = opts.pushLimit ?? transport.maxPush ?? MAX_PUSH_MUTATIONS;

  /** The next push: pending outbox entries in device order, as many as fit in one request. */
  async function nextPush() {
    const batch = await nextBatch(db, pushLimit);
    const mutations = batch.map(toWire);
    const fits = transport.fit && mutations.length > 1 ? await transport.fit(mutations) : mutations.length;
    return { batch: batch.slice(0, fits), mutations: mutations.slice(0, fits) };
  }

  async function run(outcome: SyncOutcome): Promise<void> {
    if (await isRevoked(db)) throw new SyncError('revoked', 401);
    let resets = 0;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const { batch, mutations } = await nextPush();
      const request: SyncRequest = {
        protocol: PROTOCOL_VERSION,
        mutations,
        cursor: (await getMeta<string>(db, META.cursor)) ?? null,
        ...(opts.pullLimit ? { pullLimit: opts.pullLimit } : {}),
        catalogs: await catalogVersions(db),
        clientTime: now(),
        // After a reset the pushed rows are not on the phone until the pull brings them: ask for them.
        omitEcho: !(await getMeta(db, RESET_PENDING_KEY)),
      };
      const response = await withRetry(() => transport.sync(request, token), retry);
      outcome.requests++;
      const pushed = await recordResults(db, batch, response.results);
      outcome.acknowledged += pushed.acknowledged;
      outcome.rejected += pushed.rejected;
      // Clock: a change refused for drift is stamped again under the server's time and sent again in
      // this same run (it is pending once more), so a phone once set far ahead heals with nothing lost.
      outcome.restamped += await healClock(db, response.serverTime, now());
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
      restamped: 0,
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
        await recordSuccess(db, status, now());
      } catch (error) {
        const failure = asSyncError(error);
        outcome.failure = failure.failure;
        await recordFailure(db, status, failure, startedAt, now());
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
