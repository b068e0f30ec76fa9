// A half-filled form survives the app being killed (issue 2, item 9): the training form's draft is saved
// as you type, and after a reload — offline — it is offered back and restores what was typed.
import assert from 'node:assert/strict';
import { enterDemo, unique } from './support/demo';
import { expectVisible, test } from './support/harness';
import { openOffline } from './support/pwa';

test("a half-filled training form's draft survives a reload and is offered back", async (t) => {
  const context = await t.newPhone();
  const page = await openOffline(context, t.server.url);
  await enterDemo(page);
  await page.getByRole('link', { name: 'Ghi buổi tập huấn' }).first().click();
  await expectVisible(
    page,
    'the training form',
    page.getByRole('heading', { name: 'Ghi buổi tập huấn', level: 1 }),
  );
  const place = unique('Điểm nháp');
  await page.getByLabel('Địa điểm').fill(place);
  await page.getByRole('spinbutton', { name: 'Tổng số người tham gia' }).fill('9');
  await page.getByLabel('Ghi chú').fill('Chưa xong, mất điện giữa chừng');
  // Drafts are saved as you type (debounced): wait until IndexedDB holds it, as a killed tab would.
  await page.waitForTimeout(1500);

  await page.reload();
  await expectVisible(
    page,
    'the draft offer after the reload',
    page.getByText(/Có bản nháp chưa lưu từ/),
    15000,
  );
  await page.getByRole('button', { name: 'Dùng lại bản nháp' }).click();
  assert.equal(await page.getByLabel('Địa điểm').inputValue(), place);
  assert.equal(await page.getByRole('spinbutton', { name: 'Tổng số người tham gia' }).inputValue(), '9');
  assert.equal(await page.getByLabel('Ghi chú').inputValue(), 'Chưa xong, mất điện giữa chừng');
});

test('discarding the offered draft leaves an empty form', async (t) => {
  const context = await t.newPhone();
  const page = await openOffline(context, t.server.url);
  await enterDemo(page);
  await page.getByRole('link', { name: 'Ghi buổi tập huấn' }).first().click();
  await expectVisible(page, 'the training form', page.getByLabel('Địa điểm'));
  await page.getByLabel('Địa điểm').fill(unique('Bỏ nháp'));
  await page.waitForTimeout(1500);
  await page.reload();
  await expectVisible(page, 'the draft offer', page.getByText(/Có bản nháp chưa lưu từ/), 15000);
  await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
  assert.equal(await page.getByLabel('Địa điểm').inputValue(), '');
  await page.reload();
  await expectVisible(page, 'the training form after a second reload', page.getByLabel('Địa điểm'));
  await page.waitForTimeout(500);
  assert.equal(
    await page.getByText(/Có bản nháp chưa lưu từ/).count(),
    0,
    'a discarded draft is not offered again',
  );
});
