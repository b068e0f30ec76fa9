// Demo-mode helpers: enter demo mode from the first-run home screen and pick the team member, the way a
// new team member does in training. Labels come from locales/vi/home.json.
import type { Page } from 'playwright-core';
import { expectVisible } from './harness';

export const DEMO_MEMBER = 'Vàng A Sử (mẫu)';
export const DEMO_VILLAGE = 'Thôn Suối Chải';

export async function enterDemo(page: Page): Promise<void> {
  await expectVisible(
    page,
    'the "Dùng thử với dữ liệu mẫu" button on home',
    page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }),
  );
  await page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }).click();
  await expectVisible(
    page,
    'the member picker',
    page.getByRole('heading', { name: 'Ai đang dùng điện thoại?' }),
  );
  await page.getByRole('button', { name: new RegExp(DEMO_MEMBER.replace(/[()]/g, '\\$&')) }).click();
  await expectVisible(page, 'the home screen', page.getByRole('heading', { name: 'Trang chủ', level: 1 }));
  await expectVisible(page, 'the chosen village on home', page.getByText(DEMO_VILLAGE));
}

/** A text no other run uses, to find the records this test wrote. */
export const unique = (prefix: string) =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
