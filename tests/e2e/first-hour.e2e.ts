// What a new user trips on (issue 10), in Chromium at 360×740: robots.txt is a real file, the sticky save
// button and the bottom bar leave the form room on a small phone, and enrolment QR codes carry the
// server's public address (PUBLIC_URL) — with a warning on the codes page when none is set.
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { E2E_ADMIN_PASSWORD, startAppServer } from './support/app-server';
import { enterDemo } from './support/demo';
import { expectVisible, test } from './support/harness';

/** The bar above the bottom edge that forms never scroll under: bottom navigation plus sticky save. */
const MAX_BOTTOM_CHROME_PX = 130;

async function bottomChrome(page: Page): Promise<number> {
  return page.evaluate(() => {
    const save = document.querySelector('.save-bar') ?? document.querySelector('form button[type="submit"]');
    const nav = document.querySelector('.bottom-nav');
    const tops = [save, nav]
      .filter((el): el is Element => el !== null && getComputedStyle(el).position !== 'static')
      .map((el) => el.getBoundingClientRect().top);
    return window.innerHeight - Math.min(...tops);
  });
}

test('robots.txt is a real text file, not the app shell', async (t) => {
  const res = await fetch(`${t.server.url}/robots.txt`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain/);
  const body = await res.text();
  assert.match(body, /^User-agent: \*$/m);
  assert.doesNotMatch(body, /<html|<!doctype/i);
});

test('at 360×740 the sticky save button and the bottom bar take at most 130 px', async (t) => {
  const context = await t.newPhone();
  const page = await context.newPage();
  await page.goto(t.server.url);
  await enterDemo(page);
  await page.goto(`${t.server.url}/training/new`);
  await expectVisible(page, 'the training form', page.getByRole('heading', { name: 'Ghi buổi tập huấn' }));
  const covered = await bottomChrome(page);
  console.log(`    bottom chrome on /training/new at 360×740: ${covered.toFixed(0)} px of 740`);
  assert.ok(covered <= MAX_BOTTOM_CHROME_PX, `bottom chrome takes ${covered} px`);
  const save = page.getByRole('button', { name: 'Lưu buổi tập huấn' });
  const box = await save.boundingBox();
  assert.ok(box && box.height >= 48, 'the save button stays a 48 px touch target');
});

async function signInToCodes(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/province`);
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('link', { name: 'Mã đăng ký' }).first().click();
  await expectVisible(page, 'the codes page', page.getByRole('heading', { name: 'Mã đăng ký điện thoại' }));
}

test('the QR link of a new code uses PUBLIC_URL; without it the codes page warns', async (t) => {
  if (t.server.kind !== 'real') return;
  const publicUrl = 'https://banso.laocai.example';
  const server = await startAppServer('real', { PUBLIC_URL: `${publicUrl}/` });
  t.defer(() => server.stop());
  const context = await t.newPhone();
  const page = await context.newPage();
  await signInToCodes(page, server.url);
  assert.equal(await page.getByText(/PUBLIC_URL/).count(), 0, 'no warning when PUBLIC_URL is set');
  await page.getByLabel('Thiết bị của').selectOption({ index: 2 }); // the first commune
  await page.getByRole('button', { name: 'Tạo mã đăng ký' }).click();
  const card = page.getByRole('region', { name: /^Mã đăng ký cho / });
  await expectVisible(page, 'the new code', card);
  const code = (await card.getByLabel('Mã đăng ký').textContent())?.trim() ?? '';
  await expectVisible(page, 'the public enrolment link', card.getByText(`${publicUrl}/enrol?code=${code}`));
  await expectVisible(page, 'the QR code', card.getByRole('img', { name: new RegExp(code) }));

  const plain = await t.newPhone();
  const other = await plain.newPage();
  await signInToCodes(other, t.server.url);
  await expectVisible(other, 'the warning about PUBLIC_URL', other.getByText(/biến PUBLIC_URL/));
});
