import { encodeBatch } from '@/protocol/sync-batches';
import type { SyncRequest } from '@/protocol/sync-messages';
import { encodeRequestV2 } from '@/protocol/sync-protocol-2';
import { BanSoDatabase } from '@/storage/database';
import { getMeta } from '@/storage/meta';
import { createRecord } from '@/storage/record-writer';
import { gunzip, gzipJson } from './gzip';
import { backoffDelay, withRetry } from './retry';
import { createSyncEngine } from './sync-engine';
import { loadSyncStatus, REVOKED_KEY } from './sync-history';
import { SyncError } from './sync-errors';
import { createMemoryLock } from './sync-lock';
import { createSyncStatusStore, stuckReason, STUCK_AFTER_MS } from './sync-status';
import { createHttpTransport, type FetchLike } from './sync-transport';
import { trainingContent, writer } from '@tests/doubles/sync-fixtures';

const request: SyncRequest = { protocol: 1, mutations: [], cursor: null, catalogs: {}, clientTime: 0 };
const okBody = {
  protocol: 1,
  serverTime: 1,
  results: [],
  rows: [],
  cursor: 'c',
  hasMore: false,
  reset: false,
  catalogs: [],
};
const noWait = { sleep: async () => {}, random: () => 0.5 };
let n = 0;

const respond = (status: number, body: unknown) => async () =>
  new Response((await gzipJson(body)) as BodyInit, {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('HTTP transport', () => {
  it('sends a gzip body with the token and reads a gzip answer', async () => {
    let seen: { url: string; init: RequestInit } | null = null;
    const fetch: FetchLike = async (url, init) => {
      seen = { url, init };
      return respond(200, okBody)();
    };
    const res = await createHttpTransport({ serverUrl: 'http://127.0.0.1:9', fetch }).sync(request, 'tok');
    expect(res.cursor).toBe('c');
    expect(seen!.url).toBe('http://127.0.0.1:9/api/v1/sync');
    const headers = seen!.init.headers as Record<string, string>;
    expect(headers).toMatchObject({ 'Content-Encoding': 'gzip', Authorization: 'Bearer tok' });
    const sent = JSON.parse(new TextDecoder().decode(await gunzip(seen!.init.body as Uint8Array)));
    expect(sent).toEqual(encodeRequestV2(request));
    expect(sent).toMatchObject({ protocol: 2, push: { n: 0 } });
  });

  it('speaks protocol 1 when told to, in the shape phones not yet updated send', async () => {
    let sent: unknown = null;
    const fetch: FetchLike = async (_url, init) => {
      sent = JSON.parse(new TextDecoder().decode(await gunzip(init.body as Uint8Array)));
      return respond(200, okBody)();
    };
    const t = createHttpTransport({ serverUrl: 'http://x', fetch, protocol: 1 });
    await t.sync({ ...request, protocol: 2, omitEcho: true }, 'tok');
    expect(sent).toEqual({ ...request, protocol: 1 });
    expect(t.maxPush).toBe(250);
  });

  it('keeps a protocol 2 push under the body budget, so a cut link costs one bounded request', async () => {
    const t = createHttpTransport({ serverUrl: 'http://x', pushBudget: 4096 });
    const mutations = Array.from({ length: 400 }, (_, i) => ({
      seq: i + 1,
      table: 'trainingSessions' as const,
      id: `id-${i}-${Math.random().toString(36).slice(2)}`,
      communeId: 'c',
      actor: 'a',
      hlc: `${String(1764000000000 + i)}:0000:node`,
      schemaVersion: 1,
      patch: { notes: Math.random().toString(36).repeat(3) },
    }));
    const fits = await t.fit!(mutations);
    expect(fits).toBeGreaterThan(10);
    expect(fits).toBeLessThan(400);
    const packed = await gzipJson(encodeBatch(mutations.slice(0, fits)));
    expect(packed.length).toBeLessThanOrEqual(4096);
  });

  it.each([
    [401, 'revoked'],
    [426, 'upgrade'],
    [503, 'server'],
    [400, 'badRequest'],
  ])('maps HTTP %i to the failure %s', async (status, failure) => {
    const t = createHttpTransport({
      serverUrl: 'http://x',
      fetch: respond(status, { error: 'e', reason: 'errors.x' }),
    });
    await expect(t.sync(request, 't')).rejects.toMatchObject({ failure, status });
  });

  it('reads a clock refused by the server as clockDrift', async () => {
    const t = createHttpTransport({
      serverUrl: 'http://x',
      fetch: respond(400, { error: 'drift', reason: 'errors.clockDrift' }),
    });
    await expect(t.sync(request, 't')).rejects.toMatchObject({ failure: 'clockDrift' });
  });

  it('gives up on a request that takes longer than the timeout', async () => {
    const hang: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const t = createHttpTransport({ serverUrl: 'http://x', fetch: hang, timeoutMs: 20 });
    await expect(t.sync(request, 't')).rejects.toMatchObject({ failure: 'unreachable' });
  });
});

describe('retry and failures', () => {
  it('retries network errors and 5xx with growing, jittered delays, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        if (++calls < 3) throw new SyncError(calls === 1 ? 'unreachable' : 'server', 503);
        return 'ok';
      },
      { retries: 3, baseMs: 1000, maxMs: 8000, sleep: async (ms) => void delays.push(ms), random: () => 0.5 },
    );
    expect(result).toBe('ok');
    expect(delays).toEqual([750, 1500]);
    expect(backoffDelay(10, { baseMs: 1000, maxMs: 8000, random: () => 1 })).toBe(8000);
  });

  it('does not retry a revoked token', async () => {
    let calls = 0;
    const run = withRetry(
      async () => {
        calls++;
        throw new SyncError('revoked', 401);
      },
      { retries: 3, baseMs: 1, maxMs: 1, ...noWait },
    );
    await expect(run).rejects.toMatchObject({ failure: 'revoked' });
    expect(calls).toBe(1);
  });

  it('marks the phone revoked on 401 and stops asking the server until it enrols again', async () => {
    const db = new BanSoDatabase(`transport-${n++}`);
    let calls = 0;
    const fetch: FetchLike = async () => {
      calls++;
      return respond(401, { error: 'revoked', reason: 'errors.revoked' })();
    };
    const transport = createHttpTransport({ serverUrl: 'http://x', fetch });
    const engine = createSyncEngine({ db, transport, token: 't', retry: noWait });
    expect(await engine.sync()).toMatchObject({ ok: false, failure: 'revoked' });
    expect(await getMeta(db, REVOKED_KEY)).toBeTruthy();
    expect(await engine.sync()).toMatchObject({ ok: false, failure: 'revoked', requests: 0 });
    expect(calls).toBe(1);
    expect(engine.status.getState().lastError).toBe('revoked');
  });

  it('lets only one sync run at a time: a second caller skips instead of queueing', async () => {
    const lock = createMemoryLock();
    let release = () => {};
    const first = lock(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
    expect(await lock(async () => 'second')).toBeNull();
    release();
    expect(await first).toBe('first');
    expect(await lock(async () => 'third')).toBe('third');
  });

  it('calls the queue stuck after failing for long while online, at once when only the user can fix it', async () => {
    const db = new BanSoDatabase(`transport-${n++}`);
    await createRecord(db, 'trainingSessions', trainingContent('v1', 'A'), writer('c1', 'm1'));
    const status = createSyncStatusStore();
    let clock = 1_000_000;
    const transport = createHttpTransport({
      serverUrl: 'http://x',
      fetch: respond(503, { error: 'down', reason: 'x' }),
    });
    const engine = createSyncEngine({
      db,
      transport,
      token: 't',
      status,
      now: () => clock,
      retry: { ...noWait, retries: 0 },
    });
    await engine.sync();
    expect(stuckReason(status.getState(), { pending: 1, online: true, now: clock })).toBeNull();
    clock += STUCK_AFTER_MS;
    await engine.sync();
    expect(stuckReason(status.getState(), { pending: 1, online: true, now: clock })).toBe('server');
    expect(stuckReason(status.getState(), { pending: 1, online: false, now: clock })).toBeNull();
    expect(stuckReason(status.getState(), { pending: 0, online: true, now: clock })).toBeNull();
    // After a restart the store is rebuilt from meta: still stuck, for the same reason, since the same time.
    const restarted = createSyncStatusStore();
    await loadSyncStatus(db, restarted);
    expect(stuckReason(restarted.getState(), { pending: 1, online: true, now: clock })).toBe('server');
    status.setState({ lastError: 'clockDrift', failingSince: clock });
    expect(stuckReason(status.getState(), { pending: 1, online: true, now: clock })).toBe('clockDrift');
  });
});
