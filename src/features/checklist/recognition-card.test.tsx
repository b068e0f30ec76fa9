// Thôn số recognition on the phone, as a commune official uses it: what a village still lacks, "đủ điều
// kiện" once the catalog's rule is met, proposing offline (a synced record with the criteria as they stand),
// and the province's decision and history once it has synced back.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { putCount, putProgress, SUOI_CHAI } from '@tests/doubles/checklist-fixtures';
import type { BanSoDatabase } from '@/storage/database';
import { checklistRoutes } from './routes';

const REQUIRED = ['team', 'channel', 'wifi', 'fibre', 'vneid'];
const open = async () => {
  await renderRoutes(checklistRoutes, '/checklist');
  return screen.findByRole('region', { name: 'Công nhận Thôn số' }, { timeout: 5000 });
};
const meet = async (db: BanSoDatabase, codes: string[]) => {
  for (const code of codes) await putProgress(db, SUOI_CHAI, code);
};

describe('Thôn số recognition on the phone', () => {
  it('says what the village still lacks: the required criteria not met and how many more', async () => {
    const db = await freshSession();
    await meet(db, ['team', 'camera']);
    const card = await open();
    expect(within(card).getByText('Chưa đủ điều kiện: đạt 2 tiêu chí, cần ít nhất 8.')).toBeInTheDocument();
    const missing = within(card)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(missing).toEqual([
      'Có kênh mạng xã hội (Zalo, Facebook) để đưa tin và tiếp nhận phản ánh',
      'Có Wi-Fi miễn phí tại nhà văn hóa',
      'Tỷ lệ hộ có cáp quang',
      'Tỷ lệ người trưởng thành có tài khoản VNeID',
    ]);
    expect(within(card).getByText('Cần đạt thêm 2 tiêu chí bất kỳ.')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: 'Đề nghị công nhận Thôn số' })).not.toBeInTheDocument();
  });

  it('proposes an eligible village offline: one synced record with the criteria and counts as they stand', async () => {
    const db = await freshSession();
    await meet(db, [...REQUIRED, 'camera', 'ecommerce', 'smartphone']);
    await putCount(db, SUOI_CHAI, 'households', 86, '2026-10-01');
    await putCount(db, SUOI_CHAI, 'households-fibre', 72, '2026-10-15');
    const card = await open();
    expect(within(card).getByText('Thôn đủ điều kiện công nhận Thôn số.')).toBeInTheDocument();
    await userEvent.type(within(card).getByLabelText('Ghi chú gửi tỉnh (không bắt buộc)'), 'Đủ minh chứng');
    await userEvent.click(within(card).getByRole('button', { name: 'Đề nghị công nhận Thôn số' }));
    expect(await within(card).findByText(/^Đã đề nghị ngày .+, đang chờ tỉnh xét\.$/)).toBeInTheDocument();

    const [proposal] = await db.recognitions.toArray();
    expect(proposal).toMatchObject({
      villageId: SUOI_CHAI,
      criteriaVersion: 'sample-2026.1',
      proposedBy: 'sample-member-1',
      note: 'Đủ minh chứng',
    });
    expect((proposal?.criteria as { code: string }[]).find((c) => c.code === 'fibre')).toMatchObject({
      status: 'met',
      numerator: 72,
      denominator: 86,
    });
    expect((await db.outbox.toArray()).filter((o) => o.table === 'recognitions')).toHaveLength(1);
    const history = within(card).getByRole('region', { name: 'Lịch sử đề nghị' });
    expect(
      within(history).getByText(/bởi Vàng A Sử \(mẫu\) · bộ tiêu chí sample-2026.1 · đạt 8\/10$/),
    ).toBeInTheDocument();
    expect(within(history).getByText('Đang chờ tỉnh xét')).toBeInTheDocument();
  });

  it('shows the province’s decision once it has synced: returned with its reason, then recognised', async () => {
    const db = await freshSession();
    await meet(db, [...REQUIRED, 'camera', 'ecommerce', 'smartphone']);
    const card = await open();
    await userEvent.click(within(card).getByRole('button', { name: 'Đề nghị công nhận Thôn số' }));
    await within(card).findByText(/đang chờ tỉnh xét/);
    const [proposal] = await db.recognitions.toArray();
    // What a pull of the province's decision writes (the server's record, merged).
    await db.recognitions.update(proposal!.id, {
      decision: 'returned',
      decisionReason: 'Thiếu ảnh Wi-Fi tại nhà văn hóa',
      decidedBy: 'admin',
      decidedAt: Date.parse('2026-11-30T03:00:00Z'),
    });
    expect(
      await within(card).findByText('Tỉnh đã trả lại đề nghị. Lý do: Thiếu ảnh Wi-Fi tại nhà văn hóa'),
    ).toBeInTheDocument();
    // Returned and still eligible: it may be proposed again, the first proposal stays in the history.
    await userEvent.click(within(card).getByRole('button', { name: 'Đề nghị công nhận Thôn số' }));
    await waitFor(async () => expect(await db.recognitions.count()).toBe(2));
    const second = (await db.recognitions.toArray()).find((p) => p.id !== proposal!.id)!;
    await db.recognitions.update(second.id, {
      decision: 'confirmed',
      decidedBy: 'admin',
      decidedAt: Date.now(),
    });
    expect(await within(card).findByText(/^Thôn đã được tỉnh công nhận là Thôn số/)).toBeInTheDocument();
    const history = within(card).getByRole('region', { name: 'Lịch sử đề nghị' });
    expect(within(history).getAllByRole('listitem', { hidden: false }).length).toBeGreaterThanOrEqual(2);
    expect(
      within(history).getByText(/^Tỉnh trả lại lúc .+\. Lý do: Thiếu ảnh Wi-Fi tại nhà văn hóa$/),
    ).toBeInTheDocument();
    expect(within(history).getByText(/^Tỉnh công nhận lúc /)).toBeInTheDocument();
  });
});
