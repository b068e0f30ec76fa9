// The province officer's side of the browser tests: a laptop-sized context (1366×768, Vietnamese), sign-in
// through the form, and a province seeded once per run over the real API — 99 communes (the two sample
// communes among them, so the other tests' phones keep their units) and a phone's records in Bát Xát
// (village counts, training sessions, help given) so every scoreboard screen has figures to show.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_API } from '@/protocol/admin-messages';
import { Phone } from '../../integration/support/sync-client';
import type { TestServer } from '../../integration/support/test-server';
import { adminToken, enrolmentCode } from './admin';
import { E2E_ADMIN_PASSWORD, type AppServer } from './app-server';
import { expectVisible } from './harness';

export const LAPTOP = { width: 1366, height: 768 };
export const SEED_COMMUNE = 'sample-bat-xat';
export const SEED_VILLAGE = 'sample-bx-suoi-chai';

export function deskContext(browser: Browser, viewport = LAPTOP): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'block',
  });
}

export async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/province`);
  await expectVisible(page, 'the province sign-in form', page.getByLabel('Tên đăng nhập'));
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(E2E_ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expectVisible(page, 'the signed-in province frame', page.getByRole('button', { name: 'Đăng xuất' }));
}

/** 99 commune-level units as the administrative-units CSV: the sample units, then 97 test communes with
 * long names (marked as test data), three villages each. */
function ninetyNineCommunes(): string {
  const lines = [
    'commune_id,commune_name,commune_kind,village_id,village_name',
    ...[
      ['sample-bx-suoi-chai', 'Thôn Suối Chải'],
      ['sample-bx-son-ha', 'Thôn Sơn Hà'],
      ['sample-bx-ta-van', 'Thôn Tả Van'],
    ].map(([id, name]) => `sample-bat-xat,Xã Bát Xát (mẫu),xa,${id},${name}`),
    'sample-sa-pa,Phường Sa Pa (mẫu),phuong,sample-sp-to-1,Tổ dân phố 1',
    'sample-sa-pa,Phường Sa Pa (mẫu),phuong,sample-sp-to-2,Tổ dân phố 2',
  ];
  for (let i = 1; i <= 97; i++) {
    const n = String(i).padStart(2, '0');
    for (let v = 1; v <= 3; v++)
      lines.push(
        `e2e-xa-${n},Xã Thử Nghiệm Vùng Cao Số ${n} (dữ liệu thử),xa,e2e-xa-${n}-t${v},Thôn Thử ${n}-${v}`,
      );
  }
  return lines.join('\n');
}

let seeded: Promise<void> | null = null;

/** Seeds the province once per run (later calls wait for the first). */
export function seedProvince(server: AppServer): Promise<void> {
  seeded ??= seed(server);
  return seeded;
}

async function seed(server: AppServer): Promise<void> {
  const token = await adminToken(server);
  const res = await fetch(server.url + ADMIN_API.adminUnits, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      csv: ninetyNineCommunes(),
      version: 'e2e-99',
      sample: true,
      source: 'dữ liệu thử',
    }),
  });
  if (!res.ok) throw new Error(`admin units: ${res.status} ${await res.text()}`);
  const shim = {
    url: server.url,
    enrolmentCode: (c: string | null) => enrolmentCode(server, token, c ?? ''),
  };
  const phone = await Phone.enrol(shim as unknown as TestServer, SEED_COMMUNE);
  const count = (villageId: string, code: string, value: number) =>
    phone.mutation('villageCounts', crypto.randomUUID(), { villageId, code, value, countedOn: '2026-06-01' });
  const helperId = crypto.randomUUID();
  const mutations = [
    count(SEED_VILLAGE, 'adults', 300),
    count(SEED_VILLAGE, 'adults-digital-skills', 150),
    count(SEED_VILLAGE, 'adults-vneid', 240),
    count(SEED_VILLAGE, 'households', 86),
    count(SEED_VILLAGE, 'households-fibre', 60),
    count('sample-bx-ta-van', 'adults', 200),
    count('sample-bx-ta-van', 'adults-digital-skills', 190),
    phone.newTraining({ villageId: SEED_VILLAGE, date: '2026-11-20' }),
    phone.newTraining({ villageId: SEED_VILLAGE, date: '2026-03-02', place: 'Trường tiểu học' }),
    phone.mutation('banSoHelpers', helperId, {
      villageId: SEED_VILLAGE,
      name: 'Vàng Thị Mai',
      phone: '',
      notes: '',
      active: true,
    }),
    phone.mutation('helpActivities', crypto.randomUUID(), {
      villageId: SEED_VILLAGE,
      helperId,
      date: '2026-10-05',
      kind: 'vneid',
      peopleHelped: 3,
      householdsHelped: 2,
      notes: '',
    }),
  ];
  const sync = await phone.sync(mutations);
  const refused = sync.body.results.filter((r) => r.status !== 'applied');
  if (sync.status !== 200 || refused.length > 0)
    throw new Error(`seed sync: ${sync.status} ${JSON.stringify(refused.length ? refused : sync.body)}`);
}

/** Elements wider than the page, or sticking out to its right (what "cut off" looks like). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width)
      out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      const scroller = el.closest('.province-table');
      if (r.right > width + 1 && !(scroller && scroller !== el))
        out.push(`${el.tagName.toLowerCase()}.${el.className} right edge ${Math.round(r.right)} > ${width}`);
    }
    for (const box of document.querySelectorAll<HTMLElement>('.province-table'))
      if (box.scrollWidth > box.clientWidth + 1)
        out.push(
          `table box scrolls sideways (${box.scrollWidth} > ${box.clientWidth}): ${box.querySelector('caption')?.textContent ?? ''}`,
        );
    return out.slice(0, 10);
  });
}
