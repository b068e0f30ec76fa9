import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { BanSoDatabase } from '@/storage/database';
import { createRecord } from '@/storage/record-writer';
import { sessionStore } from '@/storage/session-store';
import { settingsRoutes } from './routes';

const routes = [...settingsRoutes, { path: '/', element: <p>trang chủ</p> }];

describe('demo mode in settings', () => {
  it('turns demo mode off, back to the real database, and says demo data is never sent', async () => {
    await freshSession();
    const { router } = await renderRoutes(routes, '/more');
    expect(await screen.findByText(/không bao giờ được gửi đi/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tắt chế độ thử, về dữ liệu thật' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(sessionStore.getState().mode).toBe('real');
    expect(sessionStore.getState().db.name).toBe('ban-so');
  });

  it('turns demo mode on: opens the separate demo database filled with sample data', async () => {
    sessionStore.setState({
      mode: 'real',
      db: new BanSoDatabase(`settings-real-${Math.random()}`),
      enrolment: null,
      communeId: null,
      memberId: null,
      villageId: null,
    });
    const { router } = await renderRoutes(routes, '/more');
    await userEvent.click(await screen.findByRole('button', { name: 'Bật chế độ thử' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const { mode, db, communeId } = sessionStore.getState();
    expect([mode, db.name, communeId]).toEqual(['demo', 'ban-so-demo', 'sample-bat-xat']);
    expect(await db.teamMembers.count()).toBeGreaterThan(0);
  });

  it('in demo mode, erases what trainees typed and starts again from the samples after one confirmation', async () => {
    const { enterDemo } = await import('@/storage/demo-seed');
    await enterDemo();
    const before = sessionStore.getState().db;
    const typed = await createRecord(before, 'banSoHelpers', helperByTrainee, {
      communeId: 'sample-bat-xat',
      actor: 'sample-member-1',
    });
    const { router } = await renderRoutes(routes, '/more');
    await userEvent.click(await screen.findByRole('button', { name: 'Làm lại dữ liệu mẫu từ đầu' }));
    expect(screen.getByText(/Mọi thứ đã ghi ở chế độ thử sẽ bị xóa/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Xóa và làm lại' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const { db, mode, communeId } = sessionStore.getState();
    expect([mode, db.name, communeId]).toEqual(['demo', 'ban-so-demo', 'sample-bat-xat']);
    expect(await db.banSoHelpers.get(typed.id)).toBeUndefined();
    expect(await db.trainingSessions.count()).toBe(3);
  });
});

const helperByTrainee = {
  villageId: 'sample-bx-suoi-chai',
  name: 'Học viên ghi thử',
  phone: '',
  notes: '',
  active: true,
};
