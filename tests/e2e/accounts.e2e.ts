// Accounts and roles in Chromium (issue 7): a commune official created by the province signs in, is made
// to change the password, sees only their commune (dashboard, team, codes) and downloads its yearly workbook;
// the province administrator sees accounts and the audit log. axe runs on every new screen, and the
// Content-Security-Policy must not block anything (the app and its service worker work under it).
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { ACCOUNT_API } from '@/protocol/account-messages';
import { adminToken } from './support/admin';
import { expectVisible, test } from './support/harness';
import { axeViolations } from './support/axe';

/** Collects Content-Security-Policy violations the page reports (there must be none). */
function watchCsp(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

async function createAccount(url: string, token: string, body: Record<string, unknown>) {
  const res = await fetch(url + ACCOUNT_API.accounts, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`create account: ${res.status} ${await res.text()}`);
}

async function signIn(page: Page, username: string, password: string) {
  await expectVisible(page, 'the sign-in form', page.getByRole('heading', { name: 'Đăng nhập quản trị' }));
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

test('accounts: a commune official signs in, must change the password, sees only their commune and downloads its yearly workbook', async (t) => {
  const username = `can-bo-bx-${Date.now() % 100000}`;
  await createAccount(t.server.url, await adminToken(t.server), {
    username,
    password: 'mat-khau-dau-tien',
    role: 'commune',
    communeId: 'sample-bat-xat',
  });
  const context = await t.newPhone();
  const page = await context.newPage();
  const csp = watchCsp(page);
  await page.goto(`${t.server.url}/province`);
  await signIn(page, username, 'mat-khau-dau-tien');

  await expectVisible(
    page,
    'the forced password change',
    page.getByRole('heading', { name: 'Đổi mật khẩu' }),
  );
  const violations = await axeViolations(page, 'password change');
  await expectVisible(page, 'no section before the change', page.getByText('Đăng nhập:'));
  if ((await page.getByRole('navigation', { name: /mục/i }).count()) > 0)
    throw new Error('sections are shown before the password is changed');
  // Inline Vietnamese errors first, then the real change.
  await page.getByLabel('Mật khẩu hiện tại').fill('mat-khau-dau-tien');
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
  await expectVisible(page, 'the too-short error', page.getByText('Mật khẩu cần ít nhất 10 ký tự.'));
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-rieng-cua-toi');
  await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-rieng-cua-toi');
  await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();

  await expectVisible(
    page,
    'who is signed in, with role and commune',
    page.getByText(`Đăng nhập: ${username} (Cán bộ xã, Xã Bát Xát (mẫu))`),
  );
  const nav = page.getByRole('navigation');
  for (const hidden of ['Tài khoản', 'Nhật ký quản trị', 'Đơn vị hành chính', 'Danh mục'])
    if ((await nav.getByRole('link', { name: hidden, exact: true }).count()) > 0)
      throw new Error(`a commune official is offered "${hidden}"`);
  await expectVisible(
    page,
    'the dashboard',
    page.getByRole('heading', { name: 'Chỉ tiêu kế hoạch và tiến độ' }),
  );
  if ((await page.getByText('Phường Sa Pa (mẫu)').count()) > 0) throw new Error('another commune is shown');
  violations.push(...(await axeViolations(page, 'dashboard (commune official)')));

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30000 }),
    page.getByRole('button', { name: /^Tải báo cáo năm \d{4} \(Excel\)$/ }).click(),
  ]);
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile((await download.path())!);
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const texts: string[] = [];
  workbook.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value)))));
  if (!texts.some((x) => x.includes('Xã Bát Xát (mẫu)')) || texts.some((x) => x.includes('Sa Pa')))
    throw new Error("the yearly workbook is not the commune's own");

  await page.getByRole('link', { name: 'Thành viên tổ' }).click();
  await expectVisible(
    page,
    'their team, picked for them',
    page.getByText('Thành viên tổ của Xã Bát Xát (mẫu)'),
  );
  violations.push(...(await axeViolations(page, 'team (commune official)')));
  await page.getByRole('link', { name: 'Mã đăng ký' }).click();
  await expectVisible(page, 'the codes page', page.getByRole('heading', { name: 'Mã đăng ký điện thoại' }));
  if ((await page.getByRole('option', { name: /Toàn tỉnh/ }).count()) > 0)
    throw new Error('a commune official is offered a province-wide code');
  violations.push(...(await axeViolations(page, 'codes (commune official)')));

  // The app and its service worker work under the CSP.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expectVisible(page, 'the page again, signed in', page.getByText(`Đăng nhập: ${username}`));
  if (csp.length) throw new Error(`CSP violations:\n${csp.join('\n')}`);
  if (violations.length) throw new Error(`axe violations:\n    ${violations.join('\n    ')}`);
});

test('accounts: the province administrator creates an account and reads the audit log (axe on both)', async (t) => {
  const context = await t.newPhone();
  const page = await context.newPage();
  const csp = watchCsp(page);
  await page.goto(`${t.server.url}/province/accounts`);
  await signIn(page, 'admin', 'e2e-admin-password-1');
  await expectVisible(page, 'the accounts page', page.getByRole('heading', { name: 'Tài khoản đăng nhập' }));
  const violations = await axeViolations(page, 'accounts');
  const name = `xem-${Date.now() % 100000}`;
  await page.getByLabel('Tên đăng nhập').fill(name);
  await page.getByLabel('Mật khẩu ban đầu').fill('ngan');
  await page.getByLabel('Vai trò').selectOption('viewer');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expectVisible(page, 'the inline password error', page.getByText('Mật khẩu cần ít nhất 10 ký tự.'));
  await page.getByLabel('Mật khẩu ban đầu').fill('mat-khau-dau-tien');
  await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
  await expectVisible(page, 'the new account', page.getByText(name, { exact: true }));
  await page.getByRole('link', { name: 'Nhật ký quản trị' }).click();
  await expectVisible(page, 'the audit log', page.getByText(`account:${name}`, { exact: true }));
  violations.push(...(await axeViolations(page, 'audit')));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải nhật ký (CSV)' }).click(),
  ]);
  const csv = await readFile((await download.path())!, 'utf8');
  if (!csv.includes(`account:${name}`)) throw new Error('the audit CSV lacks the new account');
  if (csp.length) throw new Error(`CSP violations:\n${csp.join('\n')}`);
  if (violations.length) throw new Error(`axe violations:\n    ${violations.join('\n    ')}`);
});
