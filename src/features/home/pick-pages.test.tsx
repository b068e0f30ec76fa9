import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { getMeta, META } from '@/storage/meta';
import { RECENT_VILLAGES, sessionStore } from '@/storage/session-store';
import { homeRoutes } from './routes';

describe('village picker', () => {
  it('finds "Thôn Suối Chải" when the user types "suoi chai" without diacritics', async () => {
    await freshSession();
    await renderRoutes(homeRoutes, '/pick/village');
    await userEvent.type(await screen.findByLabelText('Tìm thôn'), 'suoi chai');

    expect(screen.getByRole('button', { name: 'Thôn Suối Chải' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thôn Sơn Hà' })).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    await freshSession();
    await renderRoutes(homeRoutes, '/pick/village');
    await userEvent.type(await screen.findByLabelText('Tìm thôn'), 'ha noi');
    expect(screen.getByText('Không tìm thấy thôn nào khớp với “ha noi”.')).toBeInTheDocument();
  });

  it('lists only the commune’s villages, keeps the choice and returns where the user came from', async () => {
    const db = await freshSession();
    const { router } = await renderRoutes(
      [...homeRoutes, { path: '/more', element: <p>cài đặt</p> }],
      '/pick/village?back=/more',
    );
    expect(await screen.findByRole('button', { name: 'Thôn Tả Van' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tổ dân phố số 1' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Thôn Tả Van' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/more'));
    expect(sessionStore.getState().villageId).toBe('sample-bx-ta-van');
    expect(await getMeta(db, META.currentVillage)).toBe('sample-bx-ta-van');
  });

  it('offers recently chosen villages first', async () => {
    const db = await freshSession();
    await db.meta.put({ key: RECENT_VILLAGES, value: ['sample-bx-muong-hum'] });
    await renderRoutes(homeRoutes, '/pick/village');
    const recent = await screen.findByRole('region', { name: 'Chọn gần đây' });
    expect(recent).toHaveTextContent('Thôn Mường Hum');
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons[0]).toBe('Thôn Mường Hum');
  });
});

describe('member picker', () => {
  it('lists the commune’s active team members and remembers who was chosen', async () => {
    const db = await freshSession({ memberId: 'sample-member-1' });
    await renderRoutes(homeRoutes, '/pick/member');
    expect(await screen.findByRole('button', { name: /Vàng A Sử \(mẫu\)/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: /Lý Thị Mai \(mẫu\)/ }));
    await waitFor(() => expect(sessionStore.getState().memberId).toBe('sample-member-2'));
    expect(await getMeta(db, META.currentMember)).toBe('sample-member-2');
  });

  it('asks the browser to keep the data when a member is first chosen on a real phone', async () => {
    const persist = vi.fn(async () => true);
    Object.defineProperty(navigator, 'storage', { value: { persist }, configurable: true });
    await freshSession();
    sessionStore.setState({ mode: 'real', memberId: null });
    await renderRoutes(homeRoutes, '/pick/member');
    await userEvent.click(await screen.findByRole('button', { name: /Lý Thị Mai \(mẫu\)/ }));
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(1));
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
  });

  it('also chooses the member’s own village when no village is chosen yet', async () => {
    await freshSession();
    sessionStore.setState({ memberId: null, villageId: null });
    await renderRoutes(homeRoutes, '/pick/member');
    await userEvent.click(await screen.findByRole('button', { name: /Hoàng Văn Nam \(mẫu\)/ }));
    await waitFor(() => expect(sessionStore.getState().villageId).toBe('sample-bx-son-ha'));
  });
});
