// The province scoreboard in Chromium against the real server (issues 6 and 10): the dashboard on a
// 1366×768 laptop with no phone bottom bar and nothing cut off, the drill-down to records with names,
// axe on every new screen, and the printable report rendered to an A4 PDF with nothing overflowing.
// Screenshots and the PDF are kept in E2E_SHOTS (default /tmp/ban-so-e2e-shots) for a person to look at.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { deskContext, horizontalOverflow, seedProvince, signIn } from './support/desk';
import { expectVisible, test } from './support/harness';
import { axeViolations } from './support/axe';

const SHOTS = process.env.E2E_SHOTS ?? join(tmpdir(), 'ban-so-e2e-shots');
const shot = (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};

const scoreTable = (page: Page) => page.getByRole('table', { name: 'Các xã, phường so với từng chỉ tiêu' });

test('dashboard at 1366×768: no bottom bar, nothing cut off, 99 communes sortable by any indicator', async (t) => {
  await seedProvince(t.server);
  const context = await deskContext(t.browser);
  t.defer(() => context.close());
  const page = await context.newPage();
  await signIn(page, t.server.url);
  await page.goto(`${t.server.url}/province?period=2026`);
  await expectVisible(page, 'the communes table', scoreTable(page));
  await page.getByRole('img').or(page.locator('.recharts-wrapper')).first().waitFor({ timeout: 10000 });
  const rows = scoreTable(page).locator('tbody tr');
  assert.equal(await rows.count(), 99, '99 communes in the table');
  assert.equal(
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).count(),
    0,
    'no phone bottom bar',
  );
  const overflow = await horizontalOverflow(page);
  assert.deepEqual(overflow, [], `cut off at 1366 px:\n${overflow.join('\n')}`);
  // Sorting by an indicator puts Bát Xát (the only commune with counts) first when descending.
  const header = scoreTable(page).getByRole('button', { name: /^Chỉ tiêu 1 / });
  await header.click();
  await header.click();
  assert.equal(await rows.first().locator('td').first().textContent(), 'Xã Bát Xát (mẫu)');
  assert.match((await rows.first().locator('td').nth(1).textContent()) ?? '', /^\d+(,\d)?%/);
  await shot(page, 'dashboard-1366');
  // The period is in the URL: phase 1, reloaded, is still phase 1.
  await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption('phase1');
  await page.waitForURL(/period=phase1/);
  await page.reload();
  await expectVisible(page, 'phase 1 after a reload', page.getByText(/Số liệu giai đoạn 1/));
});

test('dashboard drill-down: commune → village → records, with names and catalog labels, never codes', async (t) => {
  await seedProvince(t.server);
  const context = await deskContext(t.browser);
  t.defer(() => context.close());
  const page = await context.newPage();
  await signIn(page, t.server.url);
  await page.goto(`${t.server.url}/province?period=2026`);
  await scoreTable(page).getByRole('link', { name: 'Xã Bát Xát (mẫu)' }).click();
  const villages = page.getByRole('table', { name: /Các thôn của Xã Bát Xát/ });
  await expectVisible(page, 'the villages of Bát Xát', villages);
  await villages.getByRole('link', { name: 'Thôn Suối Chải' }).click();
  await expectVisible(
    page,
    'the village page',
    page.getByRole('heading', { name: 'Thôn Suối Chải — Xã Bát Xát (mẫu)' }),
  );
  const help = page.getByRole('region', { name: 'Lượt hỗ trợ — Thôn Suối Chải' });
  await expectVisible(
    page,
    'the help given, labelled',
    help.getByText('Cài đặt, kích hoạt VNeID · giúp 3 người, 2 hộ'),
  );
  const helpers = page.getByRole('region', { name: 'Người bản số đang hoạt động — Thôn Suối Chải' });
  await expectVisible(page, 'the active Người bản số', helpers.getByText('Vàng Thị Mai'));
  const text = (await page.locator('main').textContent()) ?? '';
  assert.doesNotMatch(text, /\bvneid ·|Tiêu chí team|sample-bx-/, 'codes shown instead of names');
  assert.match(page.url(), /period=2026/, 'the period travels with the drill-down');
  const overflow = await horizontalOverflow(page);
  assert.deepEqual(overflow, [], `cut off at 1366 px:\n${overflow.join('\n')}`);
  await shot(page, 'dashboard-village');
});

test('dashboard screens: axe finds no violations (dashboard, commune, village, contributions, report)', async (t) => {
  await seedProvince(t.server);
  const context = await deskContext(t.browser);
  t.defer(() => context.close());
  const page = await context.newPage();
  await signIn(page, t.server.url);
  const screens: Array<[string, string, RegExp | string]> = [
    ['dashboard', '/province?period=2026', 'Chỉ tiêu kế hoạch và tiến độ'],
    ['commune', '/province/communes/sample-bat-xat?period=2026', 'Xã Bát Xát (mẫu)'],
    [
      'village',
      '/province/communes/sample-bat-xat/villages/sample-bx-suoi-chai?period=2026',
      /Thôn Suối Chải —/,
    ],
    ['contributions', '/province/contributions?period=2026', 'Đóng góp cho phong trào thi đua'],
    ['report', '/province/report?period=2026', 'BÁO CÁO'],
  ];
  const violations: string[] = [];
  for (const [screen, path, heading] of screens) {
    await page.goto(`${t.server.url}${path}`);
    await expectVisible(page, `the ${screen} screen`, page.getByRole('heading', { name: heading }));
    await page.waitForTimeout(500);
    violations.push(...(await axeViolations(page, screen)));
    if (screen === 'contributions') await shot(page, 'dashboard-contributions');
  }
  if (violations.length) throw new Error(`axe violations:\n    ${violations.join('\n    ')}`);
}, 240_000); // axe over five screens of 99-row tables takes a while on a shared 2-core machine

/** Every element of the report inside the printable width (A4 less the margins of report.css). */
async function reportOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const report = document.querySelector<HTMLElement>('.report');
    if (!report) return ['no report on the page'];
    const edge = report.getBoundingClientRect().right;
    const out: string[] = [];
    if (report.scrollWidth > report.clientWidth + 1)
      out.push(`report scrolls: ${report.scrollWidth} > ${report.clientWidth}`);
    for (const el of report.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > edge + 1)
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').slice(0, 40)}" right ${Math.round(r.right)} > ${Math.round(edge)}`,
        );
    }
    return out.slice(0, 10);
  });
}

test('report: the printable page renders to an A4 PDF with nothing overflowing the page', async (t) => {
  await seedProvince(t.server);
  // 170 mm = A4's 210 mm less the 25 + 15 mm side margins of the print stylesheet, at 96 px per inch.
  const printable = Math.floor((170 / 25.4) * 96);
  const context = await deskContext(t.browser);
  t.defer(() => context.close());
  const page = await context.newPage();
  await signIn(page, t.server.url);
  for (const [name, path] of [
    ['province', '/province/report?period=2026'],
    ['commune', '/province/report?period=2026&communeId=sample-bat-xat'],
  ] as const) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.emulateMedia({ media: 'screen' });
    await page.goto(`${t.server.url}${path}`);
    const report = page.getByRole('article', { name: 'BÁO CÁO' });
    await expectVisible(page, `the ${name} report`, report);
    await expectVisible(page, 'quốc hiệu', report.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    await expectVisible(page, 'tiêu ngữ', report.getByText('Độc lập - Tự do - Hạnh phúc'));
    await shot(page, `report-${name}-screen`);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: printable, height: 1000 });
    const hidden = await page.evaluate(() =>
      ['.province__header', '.province__nav', '.report-page__actions'].filter((s) => {
        const el = document.querySelector(s);
        return el && getComputedStyle(el).display !== 'none';
      }),
    );
    assert.deepEqual(hidden, [], 'the frame and buttons are not printed');
    const overflow = await reportOverflow(page);
    assert.deepEqual(
      overflow,
      [],
      `overflows the printable width (${printable} px):\n${overflow.join('\n')}`,
    );
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    const file = join(SHOTS, `report-${name}.pdf`);
    mkdirSync(SHOTS, { recursive: true });
    writeFileSync(file, pdf);
    const text = pdf.toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    assert.ok(box, 'the PDF names its page size');
    // A4 is 595.28 × 841.89 points; Chromium rounds to whole pixels.
    assert.ok(
      Math.abs(Number(box[1]) - 595.28) < 2 && Math.abs(Number(box[2]) - 841.89) < 2,
      `page ${box[1]}×${box[2]} is not A4`,
    );
    console.log(`    ${name} report: ${file} (${Math.round(pdf.length / 1024)} KB)`);
  }
});

test('report downloads: the yearly workbook and the open-data CSV and JSON come from the dashboard', async (t) => {
  await seedProvince(t.server);
  const context = await deskContext(t.browser);
  t.defer(() => context.close());
  const page = await context.newPage();
  await signIn(page, t.server.url);
  await page.goto(`${t.server.url}/province?period=2026`);
  const bytesOf = async (click: () => Promise<void>) => {
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30000 }), click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  };
  const xlsx = await bytesOf(() =>
    page.getByRole('button', { name: 'Tải báo cáo năm 2026 (Excel)' }).click(),
  );
  assert.match(xlsx.name, /\.xlsx$/);
  assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');
  const csv = await bytesOf(() =>
    page.getByRole('button', { name: 'Tải Buổi tập huấn Bình dân học vụ số dạng CSV' }).click(),
  );
  assert.match(csv.name, /\.csv$/);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a BOM');
  assert.match(csv.bytes.toString('utf8'), /Nhà văn hoá thôn/);
  const json = await bytesOf(() =>
    page.getByRole('button', { name: 'Tải Buổi tập huấn Bình dân học vụ số dạng JSON' }).click(),
  );
  assert.match(json.name, /\.json$/);
  JSON.parse(json.bytes.toString('utf8'));
});
