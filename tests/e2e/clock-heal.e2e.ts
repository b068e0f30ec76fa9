// A phone whose clock ran a day ahead (issue 9): it logs a session stamped a day in the future, the
// server refuses its sync, the user sets the clock right, and the next sync heals the phone by itself —
// the session reaches the server exactly once and nothing waits on the phone.
import assert from 'node:assert/strict';
import { ADMIN_API } from '@/protocol/admin-messages';
import { adminGet, adminToken, enrolmentCode } from './support/admin';
import { unique } from './support/demo';
import { expectVisible, test } from './support/harness';
import { COMMUNE, enrolPhone, localSessions, logTrainingSession, syncByHand } from './support/phone';

const DAY = 86_400_000;

test('a phone whose clock ran a day ahead heals once the clock is set right: the change reaches the server once', async (t) => {
  const token = await adminToken(t.server);
  const serverSessions = async () =>
    (
      await adminGet<{ communes: Array<{ communeId: string; trainingSessions: number }> }>(
        t.server,
        token,
        ADMIN_API.overview,
      )
    ).communes.find((c) => c.communeId === COMMUNE)?.trainingSessions ?? 0;
  const context = await t.newPhone();
  const page = await enrolPhone(context, t.server.url, await enrolmentCode(t.server, token, COMMUNE));
  const before = await serverSessions();

  // The phone's clock jumps a day ahead (time keeps flowing from there).
  await context.clock.install({ time: Date.now() + DAY });
  await page.reload();
  const shifted = await page.evaluate(() => Date.now());
  assert.ok(shifted - Date.now() > DAY - 60_000, 'the page clock runs a day ahead');
  const place = unique('Giờ chạy nhanh');
  await logTrainingSession(page, place, 14);

  await page.goto(new URL('/sync', page.url()).href);
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
  await expectVisible(
    page,
    'the clock drift message',
    page.getByText('Ngày giờ trên điện thoại bị lệch. Hãy bật ngày giờ tự động rồi đồng bộ lại.'),
    20000,
  );
  assert.equal(await serverSessions(), before, 'nothing reached the server while the clock was wrong');
  assert.deepEqual(
    await localSessions(page, place),
    { rows: 1, outbox: 1 },
    'the session waits on the phone',
  );

  // The user sets the clock right; the phone's stored clock is still a day ahead.
  await context.clock.setSystemTime(Date.now());
  await syncByHand(page);
  assert.equal(await serverSessions(), before + 1, 'the session reached the server');
  assert.deepEqual(await localSessions(page, place), { rows: 1, outbox: 0 }, 'nothing waits on the phone');
  const [stored] = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('ban-so');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('meta').objectStore('meta').get('clock');
          get.onsuccess = () => resolve([String((get.result as { value: string }).value)]);
          get.onerror = () => reject(get.error);
        };
      }),
  );
  assert.ok(
    Number(stored?.slice(0, 13)) <= Date.now() + 3_600_000,
    'the stored clock is back within an hour',
  );

  await syncByHand(page);
  assert.equal(await serverSessions(), before + 1, 'still exactly once after another sync');
}, 150000);
