// Thôn số recognition end to end (issue 6): a commune phone assesses its village and proposes it OFFLINE
// (nothing reaches the server), syncs, the province confirms it on /province/recognitions, and after its
// next sync the phone shows the village as recognised. axe checks the new screens on both sides.
import assert from 'node:assert/strict';
import { RECOGNITION_API, type RecognitionItem } from '@/protocol/recognition-messages';
import { adminGet, adminToken, enrolmentCode } from './support/admin';
import { E2E_ADMIN_PASSWORD } from './support/app-server';
import { expectVisible, test } from './support/harness';
import { COMMUNE, enrolPhone, syncByHand, VILLAGE } from './support/phone';
import { axeViolations } from './support/axe';

const ELIGIBLE = [
  'Có tổ công nghệ số cộng đồng hoạt động',
  'Có kênh mạng xã hội (Zalo, Facebook) để đưa tin và tiếp nhận phản ánh',
  'Có Wi-Fi miễn phí tại nhà văn hóa',
  'Tỷ lệ hộ có cáp quang',
  'Tỷ lệ người trưởng thành có tài khoản VNeID',
  'Có camera an ninh tại điểm công cộng',
  'Sản phẩm địa phương được bán trên sàn thương mại điện tử',
  'Tỷ lệ người trưởng thành có điện thoại thông minh',
];

test('recognition: proposed offline on the phone → sync → confirmed at the province → the phone sees it', async (t) => {
  const token = await adminToken(t.server);
  const context = await t.newPhone();
  const phone = await enrolPhone(context, t.server.url, await enrolmentCode(t.server, token, COMMUNE));
  const violations: string[] = [];

  // Offline: assess the village until it meets the rule, then propose it.
  await context.setOffline(true);
  await phone.goto(`${t.server.url}/checklist`);
  await expectVisible(
    phone,
    'the village checklist',
    phone.getByRole('heading', { level: 1, name: `Thôn số — ${VILLAGE}` }),
  );
  for (const name of ELIGIBLE) {
    const card = phone.getByRole('region', { name, exact: true });
    await card.getByRole('button', { name: 'Đạt', exact: true }).click();
    await expectVisible(
      phone,
      `"${name}" met`,
      card.getByRole('button', { name: 'Đạt', exact: true, pressed: true }),
    );
  }
  const recognition = phone.getByRole('region', { name: 'Công nhận Thôn số' });
  await expectVisible(phone, '"đủ điều kiện"', recognition.getByText('Thôn đủ điều kiện công nhận Thôn số.'));
  violations.push(...(await axeViolations(phone, 'phone checklist, eligible')));
  await recognition.getByRole('button', { name: 'Đề nghị công nhận Thôn số' }).click();
  await expectVisible(phone, 'the pending proposal', recognition.getByText(/đang chờ tỉnh xét/));
  const before = await adminGet<{ recognitions: RecognitionItem[] }>(
    t.server,
    token,
    `${RECOGNITION_API.list}?state=all`,
  );
  assert.equal(before.recognitions.length, 0, 'nothing reaches the province while the phone is offline');

  await phone.goto(`${t.server.url}/checklist/commune`);
  await expectVisible(phone, 'the commune view', phone.getByRole('heading', { name: 'Chỉ tiêu của xã' }));
  await expectVisible(
    phone,
    'the village waiting in the commune view',
    phone.getByText('Đã đề nghị, chờ tỉnh xét'),
  );
  violations.push(...(await axeViolations(phone, 'phone commune view')));

  await context.setOffline(false);
  await syncByHand(phone);
  const pending = await adminGet<{ recognitions: RecognitionItem[] }>(
    t.server,
    token,
    `${RECOGNITION_API.list}?state=pending`,
  );
  assert.equal(pending.recognitions.length, 1, 'the proposal reached the province once');

  // The province, on a desktop screen, signs in and confirms.
  const desk = await t.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
  t.defer(() => desk.close());
  const province = await desk.newPage();
  await province.goto(`${t.server.url}/province/recognitions`);
  await province.getByLabel('Tên đăng nhập').fill('admin');
  await province.getByLabel('Mật khẩu').fill(E2E_ADMIN_PASSWORD);
  await province.getByRole('button', { name: 'Đăng nhập' }).click();
  const item = province.getByRole('article', { name: new RegExp(`^${VILLAGE} — `) });
  await expectVisible(province, 'the pending proposal at the province', item, 20000);
  violations.push(...(await axeViolations(province, 'province recognitions')));
  await item.getByRole('button', { name: 'Công nhận Thôn số' }).click();
  await item.getByRole('button', { name: 'Đồng ý công nhận' }).click();
  await expectVisible(
    province,
    'the confirmation',
    province.getByText(`Đã công nhận ${VILLAGE} là Thôn số.`),
  );

  // The phone sees the decision after its next sync.
  await syncByHand(phone);
  await phone.goto(`${t.server.url}/checklist`);
  await expectVisible(
    phone,
    'the village recognised on the phone',
    phone
      .getByRole('region', { name: 'Công nhận Thôn số' })
      .getByText(/^Thôn đã được tỉnh công nhận là Thôn số/),
    20000,
  );
  violations.push(...(await axeViolations(phone, 'phone checklist, recognised')));
  if (violations.length) throw new Error(`axe violations:\n    ${violations.join('\n    ')}`);
}, 240000);
