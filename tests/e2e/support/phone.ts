// A real (enrolled) phone in the browser tests: enrol with a one-time code through /enrol, choose who
// uses it and the village, log a training session through the UI, sync by hand, and read what its
// IndexedDB holds (rows and the outbox) for exact counts.
import type { BrowserContext, Page } from 'playwright-core';
import { expectVisible } from './harness';
import { openControlled } from './pwa';

export const COMMUNE = 'sample-bat-xat';
export const MEMBER = 'Vàng A Sử (mẫu)';
export const VILLAGE = 'Thôn Suối Chải';
const nav = (page: Page) => page.getByRole('navigation', { name: 'Điều hướng chính' });

/** Opens the app (service worker in control), enrols with `code`, picks the member and village. */
export async function enrolPhone(context: BrowserContext, url: string, code: string): Promise<Page> {
  const page = await openControlled(context, url);
  await page.goto(`${url}/enrol?code=${encodeURIComponent(code)}`);
  await expectVisible(
    page,
    'the enrolment screen',
    page.getByRole('heading', { name: 'Đăng ký điện thoại' }),
  );
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expectVisible(page, 'the enrolled commune', page.getByText(/Đã đăng ký điện thoại với/), 20000);
  // Enrolment is followed by a first sync that brings the commune's catalogs and team; the screen says
  // when it is done and offers one next step.
  await expectVisible(
    page,
    'the first sync after enrolment',
    page.getByText('Đã tải xong dữ liệu của xã.'),
    30000,
  );
  await page.getByRole('link', { name: 'Bước tiếp theo: chọn người dùng máy và thôn' }).click();
  await pickMemberAndVillage(page);
  return page;
}

export async function pickMemberAndVillage(page: Page): Promise<void> {
  const memberPicker = page.getByRole('heading', { name: 'Ai đang dùng điện thoại?' });
  await expectVisible(page, 'the member picker (team members pulled from the server)', memberPicker);
  await page.getByRole('button', { name: /Vàng A Sử \(mẫu\)/ }).click();
  // The app may ask for the village, or take the member's own village and go home by itself.
  const villageButton = page.getByRole('button', { name: new RegExp(VILLAGE) });
  const home = page.getByRole('heading', { name: 'Trang chủ', level: 1 });
  const deadline = Date.now() + 30000;
  while (!(await home.isVisible()) && Date.now() < deadline) {
    await villageButton
      .first()
      .click({ timeout: 500 })
      .catch(() => undefined);
  }
  await expectVisible(page, 'the home screen', home);
  await expectVisible(page, 'the chosen village', page.getByText(VILLAGE).first());
}

export async function logTrainingSession(page: Page, place: string, attendees = 11): Promise<void> {
  await nav(page).getByRole('link', { name: 'Trang chủ' }).click();
  await page.getByRole('link', { name: 'Ghi buổi tập huấn' }).first().click();
  await expectVisible(page, 'the training form', page.getByLabel('Địa điểm'));
  await page.getByLabel('Địa điểm').fill(place);
  await page.getByRole('checkbox', { name: 'Thanh toán điện tử, mã QR' }).check();
  await page.getByRole('spinbutton', { name: 'Tổng số người tham gia' }).fill(String(attendees));
  await page.getByRole('button', { name: 'Lưu buổi tập huấn' }).click();
  await page.waitForURL((u) => u.pathname === '/training');
  await expectVisible(page, `"${place}" in the list`, page.getByText(place));
}

/** Taps "Đồng bộ ngay" and waits until the sync screen says everything was sent. */
export async function syncByHand(page: Page): Promise<void> {
  await page.goto(new URL('/sync', page.url()).href);
  const button = page.getByRole('button', { name: 'Đồng bộ ngay' });
  await expectVisible(page, 'the "Đồng bộ ngay" button', button, 15000);
  await button.click();
  await expectVisible(
    page,
    'nothing waiting after the sync',
    page.getByText('Mọi thay đổi đã được gửi lên tỉnh.'),
    20000,
  );
  await expectVisible(page, 'the sync button again (sync finished)', button, 20000);
}

/** Counts, straight from the phone's IndexedDB, training sessions whose place starts with `prefix`. */
export function localSessions(page: Page, prefix: string): Promise<{ rows: number; outbox: number }> {
  return page.evaluate(
    (p) =>
      new Promise<{ rows: number; outbox: number }>((resolve, reject) => {
        const open = indexedDB.open('ban-so');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['trainingSessions', 'outbox'], 'readonly');
          const rows = tx.objectStore('trainingSessions').getAll();
          const outbox = tx.objectStore('outbox').count();
          tx.oncomplete = () => {
            const matching = (rows.result as Array<{ place?: string; deleted?: boolean }>).filter(
              (r) => !r.deleted && typeof r.place === 'string' && r.place.startsWith(p),
            );
            db.close();
            resolve({ rows: matching.length, outbox: outbox.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    prefix,
  );
}
