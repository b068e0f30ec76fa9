// Two phones and the province server (issue 3): both enrol in one commune, log offline, come online and
// sync, and each sees the other's sessions; a page closed in the middle of a push loses nothing and
// duplicates nothing (checked on the server and in both phones' IndexedDB).
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import type { Request } from 'playwright-core';
import { ADMIN_API } from '@/protocol/admin-messages';
import { decodeBatch, type Batch } from '@/protocol/sync-batches';
import { adminGet, adminToken, enrolmentCode } from './support/admin';
import { unique } from './support/demo';
import { expectVisible, test } from './support/harness';
import { COMMUNE, enrolPhone, localSessions, logTrainingSession, syncByHand } from './support/phone';

/** How many mutations a sync request body carries (gzip or plain JSON); 0 for a pull-only sync. */
function pushedMutations(body: Buffer | null, headers: Record<string, string>): number {
  if (!body || body.length === 0) return 0;
  const json =
    headers['content-encoding'] === 'gzip' ? gunzipSync(body).toString('utf8') : body.toString('utf8');
  const parsed = JSON.parse(json) as { mutations?: unknown[]; push?: Batch };
  // Protocol 2 carries the push as a column batch; protocol 1 as a plain array.
  return parsed.push ? decodeBatch(parsed.push).length : (parsed.mutations ?? []).length;
}

async function serverSessions(t: Parameters<Parameters<typeof test>[1]>[0], token: string): Promise<number> {
  const { communes } = await adminGet<{ communes: Array<{ communeId: string; trainingSessions: number }> }>(
    t.server,
    token,
    ADMIN_API.overview,
  );
  return communes.find((c) => c.communeId === COMMUNE)?.trainingSessions ?? 0;
}

test('two phones log offline, sync, and each sees the other’s records', async (t) => {
  const token = await adminToken(t.server);
  const [contextA, contextB] = [await t.newPhone(), await t.newPhone()];
  const phoneA = await enrolPhone(contextA, t.server.url, await enrolmentCode(t.server, token, COMMUNE));
  const phoneB = await enrolPhone(contextB, t.server.url, await enrolmentCode(t.server, token, COMMUNE));

  await contextA.setOffline(true);
  await contextB.setOffline(true);
  const placeA = unique('Phone A nhà văn hóa');
  const placeB = unique('Phone B sân trường');
  await logTrainingSession(phoneA, placeA, 12);
  await logTrainingSession(phoneB, placeB, 17);
  assert.deepEqual(await localSessions(phoneA, placeB), { rows: 0, outbox: 1 }, 'A has only its own, unsent');

  await contextA.setOffline(false);
  await contextB.setOffline(false);
  await syncByHand(phoneA);
  await syncByHand(phoneB);
  await syncByHand(phoneA);

  for (const [phone, other] of [
    [phoneA, placeB],
    [phoneB, placeA],
  ] as const) {
    await phone.goto(new URL('/training', phone.url()).href);
    await expectVisible(
      phone,
      `the other phone's session "${other}" in the list`,
      phone.getByText(other),
      15000,
    );
  }
  assert.equal((await localSessions(phoneA, placeB)).rows, 1);
  assert.equal((await localSessions(phoneB, placeA)).rows, 1);
  assert.equal((await localSessions(phoneA, 'Phone')).outbox, 0, 'A has nothing waiting');
  assert.equal((await localSessions(phoneB, 'Phone')).outbox, 0, 'B has nothing waiting');
}, 150000);

test('a page closed after the server applied a push but before the answer: nothing lost, nothing duplicated', async (t) => {
  const token = await adminToken(t.server);
  const context = await t.newPhone();
  const page = await enrolPhone(context, t.server.url, await enrolmentCode(t.server, token, COMMUNE));
  const before = await serverSessions(t, token);

  await context.setOffline(true);
  const prefix = unique('Đóng giữa chừng');
  for (let i = 1; i <= 3; i++) await logTrainingSession(page, `${prefix} #${i}`, 10 + i);
  assert.deepEqual(await localSessions(page, prefix), { rows: 3, outbox: 3 });

  // The next push reaches the server and is applied, but the phone never hears back: the tab dies.
  let applied = false;
  let pushed = 0;
  await context.route('**/api/v1/sync', async (route) => {
    const mutations = pushedMutations(route.request().postDataBuffer(), route.request().headers());
    if (applied || mutations === 0) return route.continue();
    const response = await route.fetch();
    applied = response.ok();
    pushed = mutations;
    await page.close({ runBeforeUnload: false }).catch(() => undefined);
  });
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online'))).catch(() => undefined);
  const deadline = Date.now() + 20000;
  while (!page.isClosed() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  assert.ok(page.isClosed(), 'a push started once the phone came online');
  assert.ok(applied, 'the server applied the push whose answer was lost');
  assert.equal(pushed, 3, 'the lost push carried the 3 sessions');
  assert.equal(await serverSessions(t, token), before + 3, 'the server has the 3 sessions once');
  await context.unroute('**/api/v1/sync');

  const reopened = await context.newPage();
  await reopened.goto(t.server.url);
  await expectVisible(
    reopened,
    'the app after reopening',
    reopened.getByRole('heading', { name: 'Trang chủ', level: 1 }),
  );
  await syncByHand(reopened);
  assert.equal(
    await serverSessions(t, token),
    before + 3,
    'the retried push duplicated nothing on the server',
  );
  assert.deepEqual(
    await localSessions(reopened, prefix),
    { rows: 3, outbox: 0 },
    'the phone: 3 rows, nothing waiting',
  );
}, 150000);

test('a page closed while its push is in flight on a throttled link: nothing lost, nothing duplicated', async (t) => {
  const token = await adminToken(t.server);
  const context = await t.newPhone();
  const page = await enrolPhone(context, t.server.url, await enrolmentCode(t.server, token, COMMUNE));
  const before = await serverSessions(t, token);

  // One CDP session for offline and the slow link (Playwright's setOffline and CDP emulation fight).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const link = { latency: 3000, downloadThroughput: 31250, uploadThroughput: 6250 };
  await cdp.send('Network.emulateNetworkConditions', { offline: true, ...link });
  const prefix = unique('Mạng chậm');
  for (let i = 1; i <= 2; i++) await logTrainingSession(page, `${prefix} #${i}`, 20 + i);

  // The push is the sync request carrying mutations (a pull-only sync may go out first). The tab is
  // closed the moment the push leaves, from the request event itself: awaiting the click first would let
  // the answer arrive before the close (it did, before this test checked).
  let push: Request | undefined;
  let answeredBeforeClose = false;
  let closing = false;
  const markAnswered = (r: Request) => {
    if (r === push && !closing) answeredBeforeClose = true;
  };
  page.on('requestfinished', markAnswered);
  page.on('requestfailed', markAnswered);
  const closed = new Promise<void>((resolve) => {
    page.on('request', (r) => {
      if (push || !r.url().endsWith('/api/v1/sync') || r.method() !== 'POST') return;
      if (pushedMutations(r.postDataBuffer(), r.headers()) === 0) return;
      push = r;
      closing = true;
      void page.close({ runBeforeUnload: false }).finally(resolve);
    });
  });
  // 2G and then some: back online, the app pushes by itself (or by hand below); the push is on the wire
  // for seconds, and the tab closes as soon as it leaves.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...link });
  await page.goto(new URL('/sync', page.url()).href).catch(() => undefined);
  await page
    .getByRole('button', { name: 'Đồng bộ ngay' })
    .click({ timeout: 30000 })
    .catch(() => undefined);
  await Promise.race([closed, new Promise((r) => setTimeout(r, 30000))]);
  assert.ok(push && page.isClosed(), 'the tab closed as the push left');
  // In flight for real: the request carried both sessions and no answer had come back at the close.
  assert.equal(pushedMutations(push.postDataBuffer(), push.headers()), 2, 'the push carried both sessions');
  assert.ok(!answeredBeforeClose, 'the push had no answer yet when the tab closed');

  const reopened = await context.newPage();
  await reopened.goto(t.server.url);
  await expectVisible(
    reopened,
    'the app after reopening',
    reopened.getByRole('heading', { name: 'Trang chủ', level: 1 }),
  );
  await syncByHand(reopened);
  assert.equal(await serverSessions(t, token), before + 2, 'the server has each session exactly once');
  assert.deepEqual(
    await localSessions(reopened, prefix),
    { rows: 2, outbox: 0 },
    'the phone: 2 rows, nothing waiting',
  );
}, 150000);
