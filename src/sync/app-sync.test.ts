import { BanSoDatabase } from '@/storage/database';
import { getMeta, META } from '@/storage/meta';
import { createRecord } from '@/storage/record-writer';
import { sessionStore } from '@/storage/session-store';
import { canSync, createAppSyncStore, syncNow } from './app-sync';
import { codeFromInput, enrolDevice } from './enrol';
import { gzipJson } from './gzip';
import { discardRejected, rejectedChanges } from './rejected-changes';
import { REVOKED_KEY } from './sync-history';
import { createMemoryLock } from './sync-lock';
import { createSyncStatusStore } from './sync-status';
import { startSyncTriggers, type TriggerEnv } from './sync-triggers';
import { trainingContent, writer } from '@tests/doubles/sync-fixtures';
import type { FetchLike } from './sync-transport';

let n = 0;
const json = async (body: unknown, status = 200) =>
  new Response((await gzipJson(body)) as BodyInit, { status });
const idle = {
  protocol: 1,
  serverTime: 1,
  results: [],
  rows: [],
  cursor: 'c',
  hasMore: false,
  reset: false,
  catalogs: [],
};

function fakeEnv() {
  const listeners = {
    online: [] as (() => void)[],
    visible: [] as (() => void)[],
    worker: [] as ((d: unknown) => void)[],
  };
  let tick: (() => void) | null = null;
  let visible = true;
  const env: TriggerEnv = {
    addEventListener: (_t, l) => void listeners.online.push(l),
    removeEventListener: (_t, l) => void (listeners.online = listeners.online.filter((x) => x !== l)),
    isVisible: () => visible,
    onVisible: (l) => {
      listeners.visible.push(l);
      return () => (listeners.visible = []);
    },
    setInterval: (run) => (tick = run),
    clearInterval: () => (tick = null),
    onWorkerMessage: (l) => {
      listeners.worker.push(l);
      return () => (listeners.worker = []);
    },
  };
  return {
    env,
    online: () => listeners.online.forEach((l) => l()),
    tick: () => tick?.(),
    hide: () => (visible = false),
    worker: (data: unknown) => listeners.worker.forEach((l) => l(data)),
  };
}

describe('sync triggers', () => {
  it('syncs on open, when back online, on the timer only while visible, and on a Background Sync relay', () => {
    const f = fakeEnv();
    let runs = 0;
    const stop = startSyncTriggers(f.env, () => runs++);
    expect(runs).toBe(1);
    f.online();
    f.tick();
    f.worker({ type: 'ban-so-sync' });
    f.worker({ type: 'other' });
    expect(runs).toBe(4);
    f.hide();
    f.tick();
    expect(runs).toBe(4);
    stop();
    f.online();
    expect(runs).toBe(4);
  });
});

describe('app sync', () => {
  it('never syncs in demo mode or before enrolment', async () => {
    let calls = 0;
    const fetch: FetchLike = async () => {
      calls++;
      return json(idle);
    };
    const db = new BanSoDatabase(`app-${n++}`);
    const enrolment = {
      deviceId: 'd',
      token: 't',
      communeId: 'c1',
      communeName: 'Bát Xát',
      scope: 'commune' as const,
      serverUrl: 'http://x',
      enrolledAt: 0,
    };
    sessionStore.setState({ mode: 'demo', db, enrolment });
    expect(canSync()).toBe(false);
    expect(await syncNow({ fetch, lock: createMemoryLock(), status: createSyncStatusStore() })).toBeNull();
    sessionStore.setState({ mode: 'real', enrolment: null });
    expect(await syncNow({ fetch, lock: createMemoryLock(), status: createSyncStatusStore() })).toBeNull();
    expect(calls).toBe(0);
    sessionStore.setState({ mode: 'real', enrolment });
    expect(await syncNow({ fetch, lock: createMemoryLock(), status: createSyncStatusStore() })).toMatchObject(
      { ok: true, requests: 1 },
    );
    expect(calls).toBe(1);
  });
});

describe('app sync offline', () => {
  it('makes no request and shows no run while the browser knows it is offline', async () => {
    let calls = 0;
    const fetch: FetchLike = async () => {
      calls++;
      return json(idle);
    };
    const db = new BanSoDatabase(`app-off-${n++}`);
    await createRecord(db, 'trainingSessions', trainingContent('v1', 'A'), writer('c1', 'm1'));
    const enrolment = {
      deviceId: 'd',
      token: 't',
      communeId: 'c1',
      communeName: 'Bát Xát',
      scope: 'commune' as const,
      serverUrl: 'http://x',
      enrolledAt: 0,
    };
    sessionStore.setState({ mode: 'real', db, enrolment });
    const status = createSyncStatusStore();
    const deps = { fetch, lock: createMemoryLock(), status, store: createAppSyncStore() };
    const seen: boolean[] = [];
    status.subscribe((s) => seen.push(s.running));
    expect(await syncNow({ ...deps, isOnline: () => false })).toMatchObject({ ok: false, requests: 0 });
    expect(calls).toBe(0);
    expect(seen).not.toContain(true);
    expect(await syncNow({ ...deps, isOnline: () => true })).toMatchObject({ skipped: false });
    expect(calls).toBe(1);
  });
});

describe('enrolment', () => {
  it('reads the code from a typed code or from the QR link', () => {
    expect(codeFromInput(' ab12 cd ')).toBe('AB12CD');
    expect(codeFromInput('https://banso.laocai.gov.vn/enrol?code=XY7K-22')).toBe('XY7K-22');
  });

  it('leaves demo mode, stores the enrolment and clears a revoked mark', async () => {
    const demo = new BanSoDatabase(`enrol-demo-${n++}`);
    sessionStore.setState({ mode: 'demo', db: demo, enrolment: null });
    let sent: unknown = null;
    const fetch: FetchLike = async (_url, init) => {
      sent = init.body;
      return json({
        deviceId: 'dev-1',
        token: 'tok',
        communeId: 'c1',
        communeName: 'Bát Xát',
        scope: 'commune',
        serverTime: 5,
      });
    };
    const enrolment = await enrolDevice({ serverUrl: 'http://x', code: 'abcd 1234', fetch, now: () => 9 });
    expect(sent).not.toBeNull();
    const state = sessionStore.getState();
    expect(state.mode).toBe('real');
    expect(state.enrolment).toEqual(enrolment);
    expect(enrolment).toMatchObject({ token: 'tok', communeId: 'c1', serverUrl: 'http://x', enrolledAt: 9 });
    expect(await getMeta(state.db, META.enrolment)).toEqual(enrolment);
    expect(await getMeta(state.db, REVOKED_KEY)).toBeUndefined();
  });

  it("refuses a wrong code with the server's failure and changes nothing", async () => {
    const db = new BanSoDatabase(`enrol-bad-${n++}`);
    sessionStore.setState({ mode: 'real', db, enrolment: null });
    const fetch: FetchLike = async () => json({ error: 'invalid_code', reason: 'errors.enrolmentCode' }, 400);
    await expect(enrolDevice({ serverUrl: 'http://x', code: 'nope', fetch })).rejects.toMatchObject({
      failure: 'badRequest',
      detail: 'errors.enrolmentCode',
    });
    expect(sessionStore.getState().enrolment).toBeNull();
  });
});

describe('rejected changes', () => {
  it('discarding a rejected creation removes the record the server never had', async () => {
    const db = new BanSoDatabase(`rejected-${n++}`);
    const rec = await createRecord(db, 'trainingSessions', trainingContent('v1', 'A'), writer('c1', 'm1'));
    const [entry] = await db.outbox.toArray();
    await db.outbox.update(entry!.seq!, { status: 'rejected', reason: 'errors.outOfScope' });
    const listed = await rejectedChanges(db);
    expect(listed).toEqual([expect.objectContaining({ record: expect.objectContaining({ id: rec.id }) })]);
    await discardRejected(db, entry!.seq!);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.trainingSessions.get(rec.id)).toBeUndefined();
  });

  it('discarding a rejected edit of a record the server has pulls it again to restore the old value', async () => {
    const db = new BanSoDatabase(`rejected-${n++}`);
    const rec = await createRecord(db, 'trainingSessions', trainingContent('v1', 'A'), writer('c1', 'm1'));
    await db.outbox.clear(); // acknowledged
    await db.meta.put({ key: META.cursor, value: 'k9' });
    const { writeRecord } = await import('@/storage/record-writer');
    await writeRecord(db, 'trainingSessions', rec.id, { place: 'B' }, writer('c1', 'm1'));
    const [edit] = await db.outbox.toArray();
    await db.outbox.update(edit!.seq!, { status: 'rejected', reason: 'errors.invalidRecord' });
    await discardRejected(db, edit!.seq!);
    expect(await db.outbox.count()).toBe(0);
    expect(await getMeta(db, META.cursor)).toBeUndefined();
    expect(await db.trainingSessions.get(rec.id)).toBeDefined();
  });
});
