// Accessibility (issue 2, item 12): axe finds no violations on the main screens at 360×740, in demo
// mode with sample data, plus the first-run home screen.
import { enterDemo } from './support/demo';
import { expectVisible, test } from './support/harness';
import { axeViolations } from './support/axe';

test('axe finds no violations on home, training list and form, helpers, checklist and settings', async (t) => {
  const context = await t.newPhone();
  const page = await context.newPage();
  await page.goto(t.server.url);
  await expectVisible(
    page,
    'the first-run home screen',
    page.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }),
  );
  const violations = await axeViolations(page, 'home (first run)');
  await enterDemo(page);
  violations.push(...(await axeViolations(page, 'home')));

  const screens: Array<[string, string, string]> = [
    ['training list', '/training', 'Tập huấn Bình dân học vụ số'],
    ['training form', '/training/new', 'Ghi buổi tập huấn'],
    ['helpers', '/helpers', 'Người bản số'],
    ['help activity form', '/helpers/log', 'Ghi nhận hỗ trợ'],
    ['checklist', '/checklist', 'Thôn số — Thôn Suối Chải'],
    ['settings', '/more', 'Cài đặt'],
  ];
  for (const [screen, path, heading] of screens) {
    await page.goto(`${t.server.url}${path}`);
    await expectVisible(page, `the ${screen} screen`, page.getByRole('heading', { name: heading, level: 1 }));
    await page.waitForTimeout(300);
    violations.push(...(await axeViolations(page, screen)));
  }
  if (violations.length) throw new Error(`axe violations:\n    ${violations.join('\n    ')}`);
});
