import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { BanSoDatabase } from '@/storage/database';
import { sessionStore } from '@/storage/session-store';
import { homeRoutes } from './routes';

const provinceEnrolment = {
  deviceId: 'd1',
  token: 't',
  communeId: null,
  communeName: 'Tỉnh Lào Cai',
  scope: 'province' as const,
  serverUrl: '',
  enrolledAt: 0,
};

describe('province device', () => {
  it('sends a province officer to the province administration', async () => {
    await freshSession();
    sessionStore.setState({
      mode: 'real',
      enrolment: provinceEnrolment,
    });
    await renderRoutes(homeRoutes, '/');
    expect(await screen.findByRole('link', { name: 'Mở trang quản lý của tỉnh' })).toHaveAttribute(
      'href',
      '/province',
    );
  });
});

describe('first run', () => {
  beforeEach(() => {
    sessionStore.setState({
      mode: 'real',
      db: new BanSoDatabase(`first-run-${Math.random()}`),
      enrolment: null,
      communeId: null,
      memberId: null,
      villageId: null,
    });
  });

  it('offers demo mode and device enrolment on a phone that is not enrolled', async () => {
    await renderRoutes(homeRoutes, '/');
    expect(await screen.findByRole('heading', { name: 'Chào mừng đến với Bản Số' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đăng ký thiết bị' })).toHaveAttribute('href', '/enrol');
    expect(screen.getByRole('button', { name: 'Dùng thử với dữ liệu mẫu' })).toBeEnabled();
  });

  it('enters demo mode with sample data: pick a sample member, land home in their village, marked as never sent', async () => {
    await renderRoutes(homeRoutes, '/');
    await userEvent.click(await screen.findByRole('button', { name: 'Dùng thử với dữ liệu mẫu' }));

    expect(await screen.findByRole('heading', { name: 'Ai đang dùng điện thoại?' })).toBeInTheDocument();
    expect(sessionStore.getState().mode).toBe('demo');
    await userEvent.click(await screen.findByRole('button', { name: /Vàng A Sử \(mẫu\)/ }));

    expect(await screen.findByText('Thôn Suối Chải')).toBeInTheDocument();
    expect(screen.getByText('Dữ liệu mẫu')).toBeInTheDocument();
    expect(
      await screen.findByText(/Chế độ thử: dữ liệu mẫu không bao giờ được gửi lên tỉnh/),
    ).toBeInTheDocument();
    const { db } = sessionStore.getState();
    expect(db.name).toBe('ban-so-demo');
    expect(await db.trainingSessions.count()).toBeGreaterThan(0);
    expect(await db.outbox.count()).toBe(0);
  });
});
