// A phone with no signal (issue 2): installed once online, then offline — demo mode, log a training
// session, a Người bản số help activity and a checklist change through the UI, reload: all still there.
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { adminToken, enrolmentCode } from './support/admin';
import { enterDemo, unique } from './support/demo';
import { expectVisible, test } from './support/harness';
import { COMMUNE, enrolPhone, syncByHand } from './support/phone';
import { openOffline } from './support/pwa';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

async function logTraining(page: Page, place: string): Promise<void> {
  await page.getByRole('link', { name: 'Ghi buổi tập huấn' }).first().click();
  await expectVisible(
    page,
    'the training form',
    page.getByRole('heading', { name: 'Ghi buổi tập huấn', level: 1 }),
  );
  await page.getByLabel('Địa điểm').fill(place);
  await page.getByRole('checkbox', { name: 'Dịch vụ công trực tuyến' }).check();
  await page.getByRole('spinbutton', { name: 'Tổng số người tham gia' }).fill('14');
  await page.getByRole('spinbutton', { name: 'Trong đó: nữ' }).fill('8');
  await page.getByRole('button', { name: 'Lưu buổi tập huấn' }).click();
  await page.waitForURL((u) => u.pathname === '/training');
  await expectVisible(page, 'the new session in the training list', page.getByText(place));
}

async function logHelp(page: Page, note: string): Promise<void> {
  await nav(page).getByRole('link', { name: 'Trang chủ' }).click();
  await page.getByRole('link', { name: 'Ghi hỗ trợ Người bản số' }).click();
  await expectVisible(
    page,
    'the help activity form',
    page.getByRole('heading', { name: 'Ghi nhận hỗ trợ', level: 1 }),
  );
  await page.getByRole('radio', { name: 'Sùng A Páo (mẫu)' }).check();
  await page.getByRole('radio', { name: 'Cảnh báo lừa đảo' }).check();
  await page.getByRole('spinbutton', { name: 'Số người được hỗ trợ' }).fill('7');
  await page.getByLabel('Ghi chú (không bắt buộc)').fill(note);
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await page.waitForURL((u) => u.pathname !== '/helpers/log');
}

const WIFI = 'Có Wi-Fi miễn phí tại nhà văn hóa';

async function markWifiMet(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Thôn số' }).click();
  const card = page.getByRole('region', { name: WIFI });
  await expectVisible(page, `the "${WIFI}" criterion`, card);
  await card.getByRole('button', { name: 'Đạt', exact: true }).click();
  await page.waitForFunction(
    (name) =>
      [...document.querySelectorAll('section')]
        .find((s) => s.querySelector('h3')?.textContent?.includes(name))
        ?.querySelector('button[aria-pressed="true"]')?.textContent === 'Đạt',
    WIFI,
  );
}

test('offline: a training session, a help activity and a checklist change survive a reload', async (t) => {
  const context = await t.newPhone();
  const page = await openOffline(context, t.server.url);
  assert.equal(await page.evaluate(() => navigator.onLine), false, 'the phone is offline');
  await enterDemo(page);

  const place = unique('Nhà văn hóa E2E');
  const note = unique('Hỗ trợ E2E');
  await logTraining(page, place);
  await logHelp(page, note);
  await markWifiMet(page);

  await page.reload();
  await expectVisible(page, 'the app after an offline reload', nav(page));
  assert.ok(await page.getByText('Chế độ thử').first().isVisible(), 'still in demo mode after the reload');

  await nav(page).getByRole('link', { name: 'Tập huấn' }).click();
  await expectVisible(page, 'the session logged offline, after the reload', page.getByText(place));

  await nav(page).getByRole('link', { name: 'Người bản số' }).click();
  await expectVisible(page, 'the help activity list', page.getByRole('heading', { name: 'Hỗ trợ gần đây' }));
  const activity = page
    .getByRole('listitem')
    .filter({ hasText: 'Cảnh báo lừa đảo' })
    .filter({ hasText: '7 người' });
  await expectVisible(
    page,
    'the help activity logged offline (7 people, scam warning), after the reload',
    activity,
  );

  await nav(page).getByRole('link', { name: 'Thôn số' }).click();
  const card = page.getByRole('region', { name: WIFI });
  await expectVisible(page, `the "${WIFI}" criterion after the reload`, card);
  assert.equal(
    await card.getByRole('button', { name: 'Đạt', exact: true }).getAttribute('aria-pressed'),
    'true',
  );
  await expectVisible(
    page,
    'the village progress counting the met criterion',
    page.getByText(/Đạt [1-9]\d*\/\d+ tiêu chí/),
  );
});

test('demo mode sends nothing anywhere: an enrolled phone trains in demo, syncs, and the demo session never leaves', async (t) => {
  const token = await adminToken(t.server);
  const context = await t.newPhone();
  const bodies: string[] = [];
  context.on('request', (req) => {
    if (!new URL(req.url()).pathname.startsWith('/api/')) return;
    const body = req.postDataBuffer();
    if (!body) return;
    bodies.push(
      req.headers()['content-encoding'] === 'gzip'
        ? gunzipSync(body).toString('utf8')
        : body.toString('utf8'),
    );
  });
  const page = await enrolPhone(context, t.server.url, await enrolmentCode(t.server, token, COMMUNE));
  await nav(page).getByRole('link', { name: 'Thêm' }).click();
  await page.getByRole('button', { name: 'Bật chế độ thử' }).click();
  await expectVisible(page, 'the demo banner', page.getByText(/Chế độ thử — dữ liệu mẫu/));
  await nav(page).getByRole('link', { name: 'Trang chủ' }).click();
  const memberPicker = page.getByRole('heading', { name: 'Ai đang dùng điện thoại?' });
  const home = page.getByRole('heading', { name: 'Trang chủ', level: 1 });
  await memberPicker.or(home).first().waitFor();
  if (await memberPicker.isVisible()) await page.getByRole('button', { name: /Vàng A Sử \(mẫu\)/ }).click();
  await expectVisible(page, 'home in demo mode', home);
  const place = unique('Chỉ để tập huấn');
  await logTraining(page, place);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await page.waitForTimeout(2500);

  await nav(page).getByRole('link', { name: 'Thêm' }).click();
  await page.getByRole('button', { name: 'Tắt chế độ thử, về dữ liệu thật' }).click();
  await syncByHand(page);
  assert.ok(bodies.length > 0, 'the real-mode syncs were seen');
  assert.deepEqual(
    bodies.filter((b) => b.includes(place)),
    [],
    'no request carried the demo session',
  );
}, 150000);
