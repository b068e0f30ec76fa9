// Backup end to end (issue 8), at 360×740 against the real province server: two training sessions (one
// with a photo) made offline → "Sao lưu" with "Kèm ảnh" writes the file (a download) → an administrator
// imports it at /province/backup over real HTTP → the phone comes back online and syncs → every record
// once at the province, the photo held and never uploaded again; then the same file is restored onto a
// second phone enrolled to the same commune, which syncs → still every record exactly once.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { ADMIN_API, type AdminRecordItem } from '@/protocol/admin-messages';
import { adminGet, adminToken, enrolmentCode } from './support/admin';
import { E2E_ADMIN_PASSWORD, type AppServer } from './support/app-server';
import { unique } from './support/demo';
import { expectVisible, test } from './support/harness';
import { COMMUNE, enrolPhone, localSessions, logTrainingSession, syncByHand } from './support/phone';
import { cameraJpeg } from './support/photo-fixture';

const PASS = 'mật khẩu sao lưu của xã';

/** Logs a training session with one gallery photo, through the form. */
async function sessionWithPhoto(page: Page, place: string, photo: Buffer) {
  await page.goto(new URL('/', page.url()).href);
  await page.getByRole('link', { name: 'Ghi buổi tập huấn' }).first().click();
  await expectVisible(page, 'the training form', page.getByLabel('Địa điểm'));
  await page.getByLabel('Địa điểm').fill(place);
  await page.getByRole('checkbox', { name: 'Thanh toán điện tử, mã QR' }).check();
  await page.getByRole('spinbutton', { name: 'Tổng số người tham gia' }).fill('9');
  await page
    .getByTestId('photo-gallery-input')
    .setInputFiles({ name: 'lop-hoc.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expectVisible(
    page,
    'the photo thumbnail',
    page.getByRole('img', { name: 'Ảnh minh chứng 1' }),
    20000,
  );
  await page.getByRole('button', { name: 'Lưu buổi tập huấn' }).click();
  await page.waitForURL((u) => u.pathname === '/training');
}

/** The province's live training sessions of the commune whose place starts with `prefix`. */
async function provinceSessions(
  server: AppServer,
  token: string,
  prefix: string,
): Promise<AdminRecordItem[]> {
  const { records } = await adminGet<{ records: AdminRecordItem[] }>(
    server,
    token,
    `${ADMIN_API.records}?communeId=${COMMUNE}&table=trainingSessions&limit=200`,
  );
  return records.filter((r) => String(r.fields.place ?? '').startsWith(prefix));
}

/** Counts requests to the tus upload endpoint: a photo the province already holds is never sent again. */
function countUploads(context: BrowserContext): () => number {
  let n = 0;
  context.on('request', (r) => {
    if (r.url().includes('/api/v1/photos/uploads')) n += 1;
  });
  return () => n;
}

test('backup: offline records and a photo → file → province import → sync → once; restored on a second phone → once', async (t) => {
  const token = await adminToken(t.server);
  const url = t.server.url;
  const context = await t.newPhone();
  const uploads = countUploads(context);
  const page = await enrolPhone(context, url, await enrolmentCode(t.server, token, COMMUNE));
  const photo = await cameraJpeg(page, 1600, 1200);
  const prefix = unique('Sao lưu');

  await context.setOffline(true);
  await logTrainingSession(page, `${prefix} 1`);
  await sessionWithPhoto(page, `${prefix} 2`, photo);
  assert.deepEqual(await localSessions(page, prefix), { rows: 2, outbox: 2 });

  // "Sao lưu" with "Kèm ảnh" (ticked by default, the size shown), downloaded.
  await page.goto(new URL('/more', page.url()).href);
  const withPhotos = page.getByRole('checkbox', { name: /^Kèm ảnh \(1 ảnh chưa gửi, [\d,]+ KB\)$/ });
  await expectVisible(page, '"Kèm ảnh" with the photo size', withPhotos);
  assert.equal(await withPhotos.isChecked(), true, '"Kèm ảnh" is on by default when it fits');
  await page.getByLabel('Mật khẩu của tệp', { exact: true }).fill(PASS);
  await page.getByLabel('Nhập lại mật khẩu').fill(PASS);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tạo tệp sao lưu' }).click(),
  ]);
  const file = await readFile((await download.path())!);
  await expectVisible(page, 'the downloaded notice', page.getByText('Đã tải tệp sao lưu về máy'));
  assert.equal(
    (await provinceSessions(t.server, token, prefix)).length,
    0,
    'nothing reached the province while offline',
  );

  // The province imports it, on a desktop screen, over real HTTP.
  const desk = await t.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  t.defer(() => desk.close());
  const province = await desk.newPage();
  await province.goto(`${url}/province/backup`);
  await province.getByLabel('Tên đăng nhập').fill('admin');
  await province.getByLabel('Mật khẩu', { exact: true }).fill(E2E_ADMIN_PASSWORD);
  await province.getByRole('button', { name: 'Đăng nhập' }).click();
  await expectVisible(
    province,
    'the import page',
    province.getByLabel('Tệp sao lưu', { exact: true }),
    20000,
  );
  await province
    .getByLabel('Tệp sao lưu', { exact: true })
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  await province.getByLabel('Mật khẩu của tệp').fill(PASS);
  await province.getByRole('button', { name: 'Nhập tệp' }).click();
  await expectVisible(
    province,
    'the records imported',
    province.getByText(/^Đã nhập: 2 thay đổi mới được ghi/),
    30000,
  );
  await expectVisible(province, 'the photo imported', province.getByText(/^Ảnh: 1 ảnh mới được lưu/), 30000);

  const imported = await provinceSessions(t.server, token, prefix);
  assert.equal(imported.length, 2, 'both sessions at the province once');
  const hash = imported.flatMap((r) => r.photos ?? [])[0];
  assert.ok(hash, 'the drill-down names the photo');
  const held = await fetch(`${url}/api/v1/admin/photos/${hash}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(held.status, 200, 'the province holds the photo');

  // The phone comes back and syncs: its numbers are duplicates, the photo is already held.
  await context.setOffline(false);
  await syncByHand(page);
  await page.waitForTimeout(1500); // the photo channel runs after the records
  assert.equal((await provinceSessions(t.server, token, prefix)).length, 2, 'still once after the sync');
  assert.deepEqual(await localSessions(page, prefix), { rows: 2, outbox: 0 });
  assert.equal(uploads(), 0, 'the photo is not uploaded again');

  // The same file restored onto a second phone of the same commune, which then syncs.
  const second = await t.newPhone();
  const secondUploads = countUploads(second);
  const other = await enrolPhone(second, url, await enrolmentCode(t.server, token, COMMUNE));
  await other.goto(new URL('/more', other.url()).href);
  const restore = other.getByRole('region', { name: 'Khôi phục từ tệp sao lưu' });
  await expectVisible(other, 'the restore section', restore);
  await restore
    .getByLabel('Tệp sao lưu', { exact: true })
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: file });
  await restore.getByLabel('Mật khẩu của tệp sao lưu').fill('mật khẩu sai rồi');
  await restore.getByRole('button', { name: 'Khôi phục' }).click();
  await expectVisible(
    other,
    'the wrong passphrase said',
    other.getByText(/^Sai mật khẩu, hoặc tệp đã bị thay đổi/),
    20000,
  );
  await restore.getByLabel('Mật khẩu của tệp sao lưu').fill(PASS);
  await restore.getByRole('button', { name: 'Khôi phục' }).click();
  await expectVisible(other, 'the restore done', other.getByText(/^Đã khôi phục 2 thay đổi và 1 ảnh/), 20000);
  await syncByHand(other);
  assert.equal(
    (await provinceSessions(t.server, token, prefix)).length,
    2,
    'still once after the second phone',
  );
  assert.deepEqual(await localSessions(other, prefix), { rows: 2, outbox: 0 });
  await other.waitForTimeout(1500);
  assert.equal(secondUploads(), 0, 'the restored photo is not uploaded again either');
}, 240000);
