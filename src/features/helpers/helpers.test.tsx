import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { isoDate } from '@/domain/dates';
import type { BanSoDatabase } from '@/storage/database';
import { createRecord } from '@/storage/record-writer';
import { sessionStore, writeContext } from '@/storage/session-store';
import { helpersRoutes } from './routes';

const VILLAGE = 'sample-bx-suoi-chai';

async function addHelper(db: BanSoDatabase, name: string, extra: Record<string, unknown> = {}) {
  return createRecord(
    db,
    'banSoHelpers',
    { villageId: VILLAGE, name, phone: '', notes: '', active: true, ...extra },
    writeContext()!,
  );
}

async function addActivity(db: BanSoDatabase, helperId: string, extra: Record<string, unknown> = {}) {
  return createRecord(
    db,
    'helpActivities',
    {
      villageId: VILLAGE,
      helperId,
      date: '2026-11-20',
      kind: 'vneid',
      peopleHelped: 2,
      householdsHelped: 0,
      notes: '',
      ...extra,
    },
    writeContext()!,
  );
}

describe('Người bản số', () => {
  it('adds a Người bản số to the chosen village and lists them with phone and status', async () => {
    const db = await freshSession();
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, '/helpers/people/new');
    await user.type(await screen.findByLabelText('Họ và tên'), 'Giàng Thị Dua');
    await user.type(screen.getByLabelText('Số điện thoại'), '0912345678');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const people = await screen.findByRole('list', { name: 'Người bản số của thôn' });
    await within(people).findByText('Giàng Thị Dua');
    expect(people).toHaveTextContent('0912345678 · Đang hoạt động');
    const rows = await db.banSoHelpers.toArray();
    expect(rows).toMatchObject([{ villageId: VILLAGE, name: 'Giàng Thị Dua', active: true }]);
    expect(await db.outbox.where('[table+recordId]').equals(['banSoHelpers', rows[0]!.id]).count()).toBe(1);
  });

  it('refuses a Người bản số without a name or with a wrong phone, in Vietnamese, saving nothing', async () => {
    const db = await freshSession();
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, '/helpers/people/new');
    await user.type(await screen.findByLabelText('Số điện thoại'), '12345');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    expect(screen.getByLabelText('Họ và tên')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Số điện thoại chưa đúng (ví dụ 0912345678).')).toBeInTheDocument();
    expect(await db.banSoHelpers.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('accepts a phone number typed with spaces and keeps it as digits', async () => {
    const db = await freshSession();
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, '/helpers/people/new');
    await user.type(await screen.findByLabelText('Họ và tên'), 'Giàng Thị Dua');
    await user.type(screen.getByLabelText('Số điện thoại'), '0912 345 678');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByRole('list', { name: 'Người bản số của thôn' });
    expect(await db.banSoHelpers.toArray()).toMatchObject([{ phone: '0912345678' }]);
  });

  it('finds a Người bản số by a name typed without diacritics', async () => {
    const db = await freshSession();
    await addHelper(db, 'Giàng Thị Dua');
    await addHelper(db, 'Lù Văn Sáng');
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, '/helpers');
    const people = await screen.findByRole('list', { name: 'Người bản số của thôn' });
    await within(people).findByText('Lù Văn Sáng');
    await user.type(screen.getByLabelText('Tìm theo tên hoặc số điện thoại'), 'giang thi');
    await waitFor(() => expect(within(people).queryByText('Lù Văn Sáng')).not.toBeInTheDocument());
    expect(within(people).getByText('Giàng Thị Dua')).toBeInTheDocument();
  });

  it('edits a Người bản số, writing only the changed field', async () => {
    const db = await freshSession();
    const helper = await addHelper(db, 'Giàng Thị Dua');
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, `/helpers/people/${helper.id}`);
    await user.click(await screen.findByRole('checkbox', { name: 'Đang hoạt động' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await screen.findByRole('list', { name: 'Người bản số của thôn' });
    await screen.findByText(/Tạm nghỉ/);
    const last = await db.outbox.orderBy('seq').last();
    expect(last?.patch).toEqual({ active: false });
  });
});

describe('help activities', () => {
  it('logs a help activity in a few taps and sees it listed, dated today', async () => {
    const db = await freshSession();
    const helper = await addHelper(db, 'Giàng Thị Dua');
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, '/helpers/log');
    await user.click(await screen.findByRole('radio', { name: 'Giàng Thị Dua' }));
    await user.click(screen.getByRole('radio', { name: 'Cài đặt, kích hoạt VNeID' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu hoạt động hỗ trợ.')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Hỗ trợ gần đây' });
    await within(list).findByText(/Cài đặt, kích hoạt VNeID/);
    expect(list).toHaveTextContent('Giàng Thị Dua · 1 người · 0 hộ');
    const rows = await db.helpActivities.toArray();
    expect(rows).toMatchObject([
      { villageId: VILLAGE, helperId: helper.id, kind: 'vneid', date: isoDate(new Date()), peopleHelped: 1 },
    ]);
    expect(await db.outbox.where('[table+recordId]').equals(['helpActivities', rows[0]!.id]).count()).toBe(1);
  });

  it('pre-selects the helper and kind used last, so the next log is a single tap', async () => {
    const db = await freshSession();
    await addHelper(db, 'Lù Văn Sáng');
    await addHelper(db, 'Giàng Thị Dua');
    const user = userEvent.setup();
    const first = await renderRoutes(helpersRoutes, '/helpers/log');
    await user.click(await screen.findByRole('radio', { name: 'Giàng Thị Dua' }));
    await user.click(screen.getByRole('radio', { name: 'Cảnh báo lừa đảo' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu hoạt động hỗ trợ.');
    first.unmount();

    await renderRoutes(helpersRoutes, '/helpers/log');
    expect(await screen.findByRole('radio', { name: 'Giàng Thị Dua' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Cảnh báo lừa đảo' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Đã lưu hoạt động hỗ trợ.');
    expect(await db.helpActivities.where('kind').equals('scam-warning').count()).toBe(2);
  });

  it('pre-selects the only active helper of the village', async () => {
    const db = await freshSession();
    await addHelper(db, 'Giàng Thị Dua');
    await addHelper(db, 'Ma A Chống', { active: false });
    await renderRoutes(helpersRoutes, '/helpers/log');
    expect(await screen.findByRole('radio', { name: 'Giàng Thị Dua' })).toBeChecked();
    expect(screen.queryByRole('radio', { name: 'Ma A Chống' })).not.toBeInTheDocument();
  });

  it('shows the errors inline in Vietnamese when nobody was helped and nothing is picked, saving nothing', async () => {
    const db = await freshSession();
    await addHelper(db, 'Giàng Thị Dua');
    await addHelper(db, 'Lù Văn Sáng');
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, '/helpers/log');
    await user.click(await screen.findByRole('button', { name: 'Bớt 1: Số người được hỗ trợ' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Hãy nhập số người hoặc số hộ được hỗ trợ.')).toBeInTheDocument();
    expect(screen.getByLabelText('Số người được hỗ trợ')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Hãy chọn Người bản số đã hỗ trợ.')).toBeInTheDocument();
    expect(screen.getByText('Hãy chọn loại hỗ trợ.')).toBeInTheDocument();
    expect(await db.helpActivities.count()).toBe(0);
    expect(await db.outbox.where('table').equals('helpActivities').count()).toBe(0);
  });

  it('refuses more households helped than people helped, next to the households field', async () => {
    const db = await freshSession();
    await addHelper(db, 'Giàng Thị Dua');
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, '/helpers/log');
    const households = await screen.findByLabelText('Số hộ được hỗ trợ');
    await user.clear(households);
    await user.type(households, '9');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Số hộ không được lớn hơn số người được hỗ trợ.')).toBeInTheDocument();
    expect(households).toHaveAttribute('aria-invalid', 'true');
    expect(await db.helpActivities.count()).toBe(0);
  });

  it('edits an activity writing only the changed fields, then deletes it and brings it back with undo', async () => {
    const db = await freshSession();
    const helper = await addHelper(db, 'Giàng Thị Dua');
    const activity = await addActivity(db, helper.id);
    const user = userEvent.setup();
    const first = await renderRoutes(helpersRoutes, `/helpers/activities/${activity.id}`);
    await user.click(await screen.findByRole('button', { name: 'Thêm 1: Số hộ được hỗ trợ' }));
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    const list = await screen.findByRole('list', { name: 'Hỗ trợ gần đây' });
    await within(list).findByText(/2 người · 1 hộ/);
    expect((await db.outbox.orderBy('seq').last())?.patch).toEqual({ householdsHelped: 1 });
    first.unmount();

    await renderRoutes(helpersRoutes, `/helpers/activities/${activity.id}`);
    await user.click(await screen.findByRole('button', { name: 'Xóa hoạt động này' }));
    expect(await screen.findByText('Đã xóa hoạt động hỗ trợ.')).toBeInTheDocument();
    expect(await screen.findByText('Chưa có hoạt động hỗ trợ nào.')).toBeInTheDocument();
    expect((await db.helpActivities.get(activity.id))?.deleted).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Hoàn tác' }));
    const restored = await screen.findByRole('list', { name: 'Hỗ trợ gần đây' });
    await within(restored).findByText(/2 người · 1 hộ/);
    expect((await db.helpActivities.get(activity.id))?.deleted).toBe(false);
  });

  it('filters the village’s activities by kind of help', async () => {
    const db = await freshSession();
    const helper = await addHelper(db, 'Giàng Thị Dua');
    await addActivity(db, helper.id, { kind: 'vneid' });
    await addActivity(db, helper.id, { kind: 'e-payment', date: '2026-11-21' });
    const user = userEvent.setup();
    await renderRoutes(helpersRoutes, '/helpers');
    const list = await screen.findByRole('list', { name: 'Hỗ trợ gần đây' });
    await within(list).findByText(/Cài đặt, kích hoạt VNeID/);
    await user.click(screen.getByText('Lọc'));
    await user.selectOptions(screen.getByLabelText('Loại hỗ trợ'), 'e-payment');
    await waitFor(() => expect(within(list).queryByText(/Cài đặt, kích hoạt VNeID/)).not.toBeInTheDocument());
    expect(within(list).getByText('21/11/2026 · Mở thanh toán điện tử, mã QR')).toBeInTheDocument();
  });

  it('offers back a half-filled log as a draft after the screen was left', async () => {
    const db = await freshSession();
    await addHelper(db, 'Giàng Thị Dua');
    const user = userEvent.setup();
    const first = await renderRoutes(helpersRoutes, '/helpers/log');
    await user.type(await screen.findByLabelText('Ghi chú (không bắt buộc)'), 'Giúp bà Mỷ');
    await waitFor(async () => expect(await db.drafts.get('helpers:log')).toBeDefined());
    first.unmount();

    await renderRoutes(helpersRoutes, '/helpers/log');
    await user.click(await screen.findByRole('button', { name: 'Dùng lại bản nháp' }));
    expect(screen.getByLabelText('Ghi chú (không bắt buộc)')).toHaveValue('Giúp bà Mỷ');
  });

  it('on a phone neither enrolled nor in demo, says how to start', async () => {
    await freshSession();
    sessionStore.setState({ mode: 'real', communeId: null, memberId: null, villageId: null });
    await renderRoutes(helpersRoutes, '/helpers');
    expect(
      await screen.findByText(/chưa được đăng ký với xã và chưa mở chế độ dùng thử/),
    ).toBeInTheDocument();
  });
});
