import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { setMeta, META } from '@/storage/meta';
import { createRecord } from '@/storage/record-writer';
import { sessionStore } from '@/storage/session-store';
import { syncStatus } from '@/sync/sync-status';
import { syncRoutes } from './routes';

// The enrolment request itself is tested in src/sync; here only what the screen does with its answer.
const { enrolDevice } = vi.hoisted(() => ({ enrolDevice: vi.fn() }));
vi.mock('@/sync/enrol', () => ({ enrolDevice }));

const enrolment = {
  deviceId: 'd1',
  token: 't',
  communeId: 'sample-bat-xat',
  communeName: 'Bát Xát',
  scope: 'commune' as const,
  serverUrl: 'http://127.0.0.1:9',
  enrolledAt: 0,
};
const session = {
  villageId: 'sample-bx-suoi-chai',
  date: '2026-11-20',
  place: 'Nhà văn hóa Suối Chải',
  durationMinutes: 90,
  topics: ['vneid'],
  trainers: ['Lò Văn Minh'],
  targetGroup: 'residents',
  language: 'vi',
  attendees: { total: 12, women: 6, ethnicMinority: 12, ageBands: {} },
  outcomes: {},
  notes: '',
};
const ctx = { communeId: 'sample-bat-xat', actor: 'sample-member-1' };

beforeEach(() => {
  syncStatus.setState({
    running: false,
    lastError: null,
    failingSince: null,
    lastSuccessAt: null,
    progress: { sent: 0, total: 0, received: 0 },
  });
});

describe('sync screen', () => {
  it('says demo data is never sent, and never "all sent" or "never synced", in demo mode', async () => {
    const db = await freshSession();
    await createRecord(db, 'trainingSessions', session, ctx);
    await renderRoutes(syncRoutes, '/sync');
    expect(await screen.findByText(/dữ liệu mẫu không bao giờ được gửi/i)).toBeInTheDocument();
    expect(await screen.findByText('1 thay đổi thử chỉ nằm trên điện thoại này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đồng bộ ngay' })).not.toBeInTheDocument();
    expect(screen.queryByText(/đã được gửi lên tỉnh|Chưa đồng bộ lần nào|chờ gửi/)).not.toBeInTheDocument();
  });

  it('offline, says "no network" and shows no run or progress, even while a run waits for its timeout', async () => {
    const db = await freshSession();
    sessionStore.setState({ mode: 'real', enrolment });
    await createRecord(db, 'trainingSessions', session, ctx);
    syncStatus.setState({ running: true, progress: { sent: 0, total: 1, received: 0 } });
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      await renderRoutes(syncRoutes, '/sync');
      expect(await screen.findByText(/đang không có mạng/)).toBeInTheDocument();
      expect(screen.queryByText('Đang đồng bộ…')).not.toBeInTheDocument();
      expect(screen.queryByText(/Đã gửi 0\/1/)).not.toBeInTheDocument();
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Đồng bộ ngay' })).toBeDisabled();
    } finally {
      onLine.mockRestore();
    }
  });

  it('shows the changes waiting and the last successful sync of an enrolled phone', async () => {
    const db = await freshSession();
    sessionStore.setState({ mode: 'real', enrolment });
    await createRecord(db, 'trainingSessions', session, ctx);
    await createRecord(db, 'trainingSessions', session, ctx);
    await setMeta(db, META.lastSyncAt, new Date(2026, 10, 20, 7, 5).getTime());
    await renderRoutes(syncRoutes, '/sync');
    expect(await screen.findByText('Thay đổi đang chờ gửi: 2')).toBeInTheDocument();
    expect(screen.getByText('Đồng bộ thành công lần cuối: 07:05 20/11/2026')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Đồng bộ ngay' })).toBeEnabled();
  });

  it('shows a progress bar while syncing and disables the button', async () => {
    await freshSession();
    sessionStore.setState({ mode: 'real', enrolment });
    syncStatus.setState({ running: true, progress: { sent: 250, total: 1000, received: 0 } });
    await renderRoutes(syncRoutes, '/sync');
    const bar = await screen.findByRole('progressbar', { name: 'Tiến độ đồng bộ' });
    expect(bar).toHaveAttribute('aria-valuenow', '250');
    expect(screen.getByRole('button', { name: 'Đang đồng bộ…' })).toBeDisabled();
  });

  it('tells the user a revoked phone must enrol again', async () => {
    const db = await freshSession();
    sessionStore.setState({ mode: 'real', enrolment });
    await createRecord(db, 'trainingSessions', session, ctx);
    syncStatus.setState({ lastError: 'revoked', failingSince: Date.now() });
    await renderRoutes(syncRoutes, '/sync');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/đã bị thu hồi quyền gửi dữ liệu/);
    // Seconds old: not "for a long time".
    expect(alert).not.toHaveTextContent(/thời gian dài|từ \d/);
    expect(screen.getByRole('link', { name: 'Đăng ký lại điện thoại' })).toHaveAttribute('href', '/enrol');
  });

  it('lists a refused change with its reason in Vietnamese, a link to fix it, and discards it', async () => {
    const db = await freshSession();
    const rec = await createRecord(db, 'trainingSessions', session, ctx);
    const [entry] = await db.outbox.toArray();
    await db.outbox.update(entry!.seq!, {
      status: 'rejected',
      reason: 'errors.outOfScope',
      detail: 'villageId',
    });
    await renderRoutes(syncRoutes, '/sync');
    expect(await screen.findByText('Bản ghi không thuộc xã của thiết bị này.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sửa bản ghi' })).toHaveAttribute('href', `/training/${rec.id}`);
    await userEvent.click(screen.getByRole('button', { name: 'Bỏ thay đổi này' }));
    await waitFor(() => expect(screen.queryByText('Thay đổi bị từ chối')).not.toBeInTheDocument());
    expect(await db.outbox.count()).toBe(0);
  });

  it('says which number a per-person refusal is about, since the list shows the reason away from the form', async () => {
    const db = await freshSession();
    await createRecord(db, 'trainingSessions', session, ctx);
    const [entry] = await db.outbox.toArray();
    await db.outbox.update(entry!.seq!, {
      status: 'rejected',
      reason: 'errors.outcomeExceedsAttendees',
      detail: 'outcomes.vneid-activated: 999999 > attendees.total 12',
    });
    await renderRoutes(syncRoutes, '/sync');
    expect(
      await screen.findByText(
        'Số kết quả tính theo từng người (như tài khoản VNeID được kích hoạt) không được lớn hơn số người tham gia.',
      ),
    ).toBeInTheDocument();
  });
});

describe('enrolment screen', () => {
  it('fills the code from the QR link and asks for a code when it is empty', async () => {
    await freshSession();
    await renderRoutes(syncRoutes, '/enrol?code=K7QP-M2XD');
    const code = await screen.findByLabelText('Mã đăng ký');
    expect(code).toHaveValue('K7QP-M2XD');
    expect(screen.getByText(/ví dụ: 7KQP2MXD/)).toBeInTheDocument();
    expect(screen.getByText(/do cán bộ quản trị \(xã hoặc tỉnh\) cấp/)).toBeInTheDocument();
    await userEvent.clear(code);
    await userEvent.click(screen.getByRole('button', { name: 'Đăng ký' }));
    expect(await screen.findByText('Vui lòng nhập mã đăng ký.')).toBeInTheDocument();
    expect(screen.getByText(/Đăng ký sẽ thoát chế độ thử/)).toBeInTheDocument();
  });

  it('after enrolling, stays with one clear next step instead of landing on the sync page', async () => {
    await freshSession();
    enrolDevice.mockImplementationOnce(async () => {
      sessionStore.setState({ mode: 'real', enrolment });
      return enrolment;
    });
    const { router } = await renderRoutes(syncRoutes, '/enrol?code=7KQP2MXD');
    await userEvent.click(await screen.findByRole('button', { name: 'Đăng ký' }));
    expect(await screen.findByText('Đã đăng ký điện thoại với Bát Xát.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/enrol');
    expect(screen.getByRole('link', { name: 'Bước tiếp theo: chọn người dùng máy và thôn' })).toHaveAttribute(
      'href',
      '/',
    );
    expect(screen.getByText(/^(Đang tải|Đã tải xong|Chưa tải được) dữ liệu của xã/)).toBeInTheDocument();
  });
});
