// Component tests of what sync leaves behind on a village's checklist: values another official's later
// edit overwrote (the audit trail), and progress recorded against an older criteria version.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import type { Criteria } from '@/domain/catalog';
import { encodeHlc } from '@/domain/hlc';
import { compositeId } from '@/domain/ids';
import { installCatalog } from '@/storage/catalogs';
import { SAMPLE_CATALOGS } from '@/storage/demo-seed';
import { checklistRoutes } from './routes';
import { putProgress, SUOI_CHAI } from '@tests/doubles/checklist-fixtures';

const open = async () => {
  await renderRoutes(checklistRoutes, '/checklist');
  await screen.findByRole('heading', { level: 1, name: 'Thôn số — Thôn Suối Chải' });
};

describe('village checklist history', () => {
  it('shows an overwritten value with who wrote it and when, behind “Có giá trị bị ghi đè”', async () => {
    const db = await freshSession();
    await putProgress(db, SUOI_CHAI, 'team', { status: 'met' });
    const at = (y: number, mo: number, d: number, h: number, mi: number) =>
      encodeHlc({ millis: new Date(y, mo - 1, d, h, mi).getTime(), counter: 0, node: 'phone-b' });
    await db.conflicts.add({
      table: 'checklistProgress',
      recordId: compositeId(SUOI_CHAI, 'team'),
      villageId: SUOI_CHAI,
      field: 'status',
      lostValue: 'in_progress',
      lostClock: at(2026, 11, 20, 8, 5),
      lostAuthor: 'sample-member-3',
      wonValue: 'met',
      wonClock: at(2026, 11, 20, 9, 30),
      wonAuthor: 'sample-member-2',
      seenAt: Date.now(),
    });
    await open();
    const team = screen.getByRole('region', { name: 'Có tổ công nghệ số cộng đồng hoạt động' });
    const wifi = screen.getByRole('region', { name: 'Có Wi-Fi miễn phí tại nhà văn hóa' });
    expect(within(wifi).queryByRole('button', { name: /Có giá trị bị ghi đè/ })).not.toBeInTheDocument();
    const toggle = within(team).getByRole('button', { name: 'Có giá trị bị ghi đè (1)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const list = within(team).getByRole('list', { name: 'Giá trị bị ghi đè' });
    expect(within(list).getByText('Trạng thái: Đang thực hiện')).toBeInTheDocument();
    expect(
      within(list).getByText('Người ghi: Hoàng Văn Nam (mẫu), lúc 20/11/2026 08:05'),
    ).toBeInTheDocument();
    expect(within(list).getByText('Giá trị được giữ: Đạt')).toBeInTheDocument();
  });

  it('names an unknown writer by id and shows an overwritten number', async () => {
    const db = await freshSession();
    await putProgress(db, SUOI_CHAI, 'fibre', { status: 'in_progress', numerator: 50, denominator: 86 });
    await db.conflicts.add({
      table: 'checklistProgress',
      recordId: compositeId(SUOI_CHAI, 'fibre'),
      villageId: SUOI_CHAI,
      field: 'numerator',
      lostValue: 1234,
      lostClock: encodeHlc({ millis: new Date(2026, 10, 3, 14, 0).getTime(), counter: 2, node: 'x' }),
      lostAuthor: 'member-from-elsewhere',
      wonValue: 50,
      wonClock: encodeHlc({ millis: new Date(2026, 10, 4, 7, 0).getTime(), counter: 0, node: 'y' }),
      wonAuthor: 'sample-member-2',
      seenAt: Date.now(),
    });
    await open();
    const fibre = screen.getByRole('region', { name: 'Tỷ lệ hộ có cáp quang' });
    await userEvent.click(within(fibre).getByRole('button', { name: 'Có giá trị bị ghi đè (1)' }));
    expect(within(fibre).getByText('Tử số: 1.234')).toBeInTheDocument();
    expect(
      within(fibre).getByText('Người ghi: member-from-elsewhere, lúc 03/11/2026 14:00'),
    ).toBeInTheDocument();
  });

  it('shows progress assessed under an older version with that version, and leaves retired criteria uncounted', async () => {
    const db = await freshSession();
    const sample = SAMPLE_CATALOGS.find((c) => c.kind === 'criteria')!;
    const data = sample.data as Criteria;
    await putProgress(db, SUOI_CHAI, 'team', { status: 'met' });
    await putProgress(db, SUOI_CHAI, 'camera', { status: 'met' });
    await installCatalog(db, {
      ...sample,
      version: 'sample-2026.2',
      data: { ...data, criteria: data.criteria.filter((c) => c.code !== 'camera') },
    });
    await open();
    expect(screen.getByText('Bộ tiêu chí phiên bản sample-2026.2')).toBeInTheDocument();
    const team = screen.getByRole('region', { name: 'Có tổ công nghệ số cộng đồng hoạt động' });
    expect(within(team).getByText('đánh giá theo phiên bản sample-2026.1')).toBeInTheDocument();
    expect(within(team).getByRole('button', { name: 'Đạt' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Đạt 1/9 tiêu chí')).toBeInTheDocument();
    const retired = screen.getByRole('region', { name: 'Tiêu chí không còn trong phiên bản hiện tại' });
    expect(await within(retired).findByText('Có camera an ninh tại điểm công cộng')).toBeInTheDocument();
    expect(within(retired).getByText('Đạt · đánh giá theo phiên bản sample-2026.1')).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Có camera an ninh tại điểm công cộng' }),
    ).not.toBeInTheDocument();
  });

  it('re-assessing an older-version criterion records it under the current version', async () => {
    const db = await freshSession();
    const sample = SAMPLE_CATALOGS.find((c) => c.kind === 'criteria')!;
    await putProgress(db, SUOI_CHAI, 'team', { status: 'in_progress' });
    await installCatalog(db, { ...sample, version: 'sample-2026.2' });
    await open();
    const team = screen.getByRole('region', { name: 'Có tổ công nghệ số cộng đồng hoạt động' });
    await userEvent.click(within(team).getByRole('button', { name: 'Đạt' }));
    await within(team).findByText('Đã lưu');
    // The row re-renders from its live query once the write lands.
    await waitFor(() => expect(within(team).queryByText(/đánh giá theo phiên bản/)).not.toBeInTheDocument());
    expect(await db.checklistProgress.get(compositeId(SUOI_CHAI, 'team'))).toMatchObject({
      status: 'met',
      criteriaVersion: 'sample-2026.2',
    });
  });
});
