// Component tests of a village's Thôn số checklist, used by role and label as a team member would.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { isoDate } from '@/domain/dates';
import { compositeId } from '@/domain/ids';
import { sessionStore } from '@/storage/session-store';
import { checklistRoutes } from './routes';
import { putCount, putProgress, SUOI_CHAI } from '@tests/doubles/checklist-fixtures';

const criterion = (name: string) => screen.getByRole('region', { name });
const open = async (path = '/checklist') => {
  await renderRoutes(checklistRoutes, path);
  await screen.findByRole('heading', { level: 1, name: /Thôn số — / });
};

describe('village checklist', () => {
  it('marking a criterion met writes the one (village, criterion) row with its version, and queues it', async () => {
    const db = await freshSession();
    await open();
    const team = criterion('Có tổ công nghệ số cộng đồng hoạt động');
    await userEvent.click(within(team).getByRole('button', { name: 'Đạt' }));
    await waitFor(() =>
      expect(within(team).getByRole('button', { name: 'Đạt' })).toHaveAttribute('aria-pressed', 'true'),
    );
    const row = await db.checklistProgress.get(compositeId(SUOI_CHAI, 'team'));
    expect(row).toMatchObject({
      villageId: SUOI_CHAI,
      criterionCode: 'team',
      status: 'met',
      criteriaVersion: 'sample-2026.1',
      assessedBy: 'sample-member-1',
      assessedOn: isoDate(new Date()),
    });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((o) => [o.table, o.recordId, o.patch.status])).toEqual([
      ['checklistProgress', compositeId(SUOI_CHAI, 'team'), 'met'],
    ]);
  });

  it('shows the village progress met / total and updates it as criteria are met', async () => {
    await freshSession();
    await open();
    expect(screen.getByText('Đạt 0/10 tiêu chí')).toBeInTheDocument();
    await userEvent.click(
      within(criterion('Có Wi-Fi miễn phí tại nhà văn hóa')).getByRole('button', { name: 'Đạt' }),
    );
    await userEvent.click(
      within(criterion('Có camera an ninh tại điểm công cộng')).getByRole('button', {
        name: 'Đang thực hiện',
      }),
    );
    expect(await screen.findByText('Đạt 1/10 tiêu chí')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Tiến độ Thôn số' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    );
    expect(await screen.findByText('Đang thực hiện: 1 tiêu chí', {}, { timeout: 3000 })).toBeInTheDocument();
  });

  it('groups criteria under the catalog’s groups and marks the sample catalog with its source', async () => {
    await freshSession();
    await open();
    const infra = screen.getByRole('region', { name: 'Hạ tầng số' });
    expect(within(infra).getByRole('region', { name: 'Tỷ lệ hộ có cáp quang' })).toBeInTheDocument();
    expect(screen.getByText('Dữ liệu mẫu')).toBeInTheDocument();
    expect(
      screen.getByText(/KHÔNG phải bộ tiêu chí Thôn số theo Quyết định 828\/QĐ-UBND/),
    ).toBeInTheDocument();
  });

  it('computes the ratio and verdict from the typed numbers and stores them as the village counts, not on the row', async () => {
    const db = await freshSession();
    await open();
    const fibre = criterion('Tỷ lệ hộ có cáp quang');
    await userEvent.type(within(fibre).getByLabelText('Số hộ có cáp quang (tử số)'), '70');
    await userEvent.type(within(fibre).getByLabelText('Số hộ (mẫu số)'), '86');
    expect(within(fibre).getByText(/Tỷ lệ: 81,4\s?%/)).toBeInTheDocument();
    expect(within(fibre).getByText('Đạt ngưỡng 80%')).toBeInTheDocument();
    await userEvent.click(within(fibre).getByRole('button', { name: 'Bớt 1: Số hộ có cáp quang (tử số)' }));
    await userEvent.clear(within(fibre).getByLabelText('Số hộ có cáp quang (tử số)'));
    await userEvent.type(within(fibre).getByLabelText('Số hộ có cáp quang (tử số)'), '60');
    expect(within(fibre).getByText(/Tỷ lệ: 69,8\s?%/)).toBeInTheDocument();
    expect(within(fibre).getByText('Chưa đạt ngưỡng 80%')).toBeInTheDocument();
    await userEvent.click(within(fibre).getByRole('button', { name: 'Lưu số liệu và ghi chú' }));
    await waitFor(async () =>
      expect(await db.villageCounts.get(compositeId(SUOI_CHAI, 'households-fibre'))).toMatchObject({
        value: 60,
        countedOn: isoDate(new Date()),
      }),
    );
    expect(await db.villageCounts.get(compositeId(SUOI_CHAI, 'households'))).toMatchObject({ value: 86 });
    // Numbers alone are a count of the village, not an assessment: no progress row, nothing stored twice.
    expect(await db.checklistProgress.count()).toBe(0);
    expect((await db.outbox.toArray()).map((o) => o.table)).toEqual(['villageCounts', 'villageCounts']);
  });

  it('refuses a numerator above the denominator with a Vietnamese error next to it and saves nothing', async () => {
    const db = await freshSession();
    await open();
    const vneid = criterion('Tỷ lệ người trưởng thành có tài khoản VNeID');
    await userEvent.type(within(vneid).getByLabelText('Người trưởng thành có VNeID (tử số)'), '90');
    await userEvent.type(within(vneid).getByLabelText('Số người trưởng thành (mẫu số)'), '86');
    await userEvent.click(within(vneid).getByRole('button', { name: 'Lưu số liệu và ghi chú' }));
    expect(await within(vneid).findByRole('alert')).toHaveTextContent('Tử số không được lớn hơn mẫu số.');
    expect(within(vneid).queryByText(/Đạt ngưỡng/)).not.toBeInTheDocument();
    expect(within(vneid).getByLabelText('Người trưởng thành có VNeID (tử số)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(await db.checklistProgress.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('reads the same counts as the village profile, saying when and by whom each was last updated', async () => {
    const db = await freshSession();
    await putCount(db, SUOI_CHAI, 'households', 86, '2026-10-01');
    await putCount(db, SUOI_CHAI, 'households-fibre', 72, '2026-10-15');
    // An assessment recorded before counts were the one source keeps its own numbers: no longer read.
    await putProgress(db, SUOI_CHAI, 'fibre', { status: 'in_progress', numerator: 10, denominator: 20 });
    await open();
    const fibre = criterion('Tỷ lệ hộ có cáp quang');
    expect(within(fibre).getByLabelText('Số hộ có cáp quang (tử số)')).toHaveValue(72);
    expect(within(fibre).getByLabelText('Số hộ (mẫu số)')).toHaveValue(86);
    expect(within(fibre).getByText('Đạt ngưỡng 80%')).toBeInTheDocument();
    expect(
      await within(fibre).findByText(
        /^Số hộ: 86 \(đếm ngày 01\/10\/2026; cập nhật lúc .+ bởi Lý Thị Mai \(mẫu\)\)$/,
      ),
    ).toBeInTheDocument();
    expect(within(fibre).getByRole('link', { name: 'Xem hồ sơ thôn' })).toHaveAttribute(
      'href',
      `/village-profile/${SUOI_CHAI}`,
    );
  });

  it('saves a note on an existing row as a patch of only the note and the assessment', async () => {
    const db = await freshSession();
    await open();
    const wifi = criterion('Có Wi-Fi miễn phí tại nhà văn hóa');
    await userEvent.click(within(wifi).getByRole('button', { name: 'Đang thực hiện' }));
    await within(wifi).findByText(/Đánh giá bởi Vàng A Sử \(mẫu\)/);
    await userEvent.type(within(wifi).getByLabelText('Ghi chú, minh chứng'), 'Đã kéo cáp, chờ lắp bộ phát');
    await userEvent.click(within(wifi).getByRole('button', { name: 'Lưu số liệu và ghi chú' }));
    expect(await within(wifi).findByText('Đã lưu')).toBeInTheDocument();
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(Object.keys(outbox[1]?.patch ?? {}).sort()).toEqual([
      'assessedBy',
      'assessedOn',
      'criteriaVersion',
      'note',
    ]);
  });

  it('opens the village named in the address', async () => {
    await freshSession();
    await renderRoutes(checklistRoutes, '/checklist/sample-bx-son-ha');
    expect(await screen.findByRole('heading', { name: 'Thôn số — Thôn Sơn Hà' })).toBeInTheDocument();
  });

  it('says no village is chosen, and offers the commune’s villages, when none is', async () => {
    await freshSession();
    sessionStore.setState({ villageId: null });
    await renderRoutes(checklistRoutes, '/checklist');
    expect(await screen.findByText(/Chưa chọn thôn/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'So sánh các thôn trong xã' })).toHaveAttribute(
      'href',
      '/checklist/commune',
    );
  });
});
