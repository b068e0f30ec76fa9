import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { clearAdminSession } from './admin-session';
import { reply, stubAdminApi } from '@tests/doubles/fake-admin-api';
import { dashboard } from '@tests/doubles/fake-scoreboard';
import { provinceRoutes } from './routes';

afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('province sign-in', () => {
  it('signs in with username and password, keeps the token in sessionStorage and sends it as Bearer', async () => {
    const calls = stubAdminApi({
      'POST /login': () => ({ token: 'tok-123', expiresAt: Date.now() + 3_600_000, username: 'admin' }),
      'GET /dashboard': () => dashboard(),
    });
    await renderRoutes(provinceRoutes, '/province');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'admin');
    await user.type(screen.getByLabelText('Mật khẩu'), 'đúng-mật-khẩu');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByText('Đăng nhập: admin (Quản trị tỉnh, toàn tỉnh)')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Chỉ tiêu kế hoạch và tiến độ' })).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({ username: 'admin', password: 'đúng-mật-khẩu' });
    expect(sessionStorage.getItem('ban-so:admin-session')).toContain('tok-123');
    expect(calls.find((c) => c.path === '/dashboard')?.authorization).toBe('Bearer tok-123');
  });

  it('shows the Vietnamese error for a wrong password and stays signed out', async () => {
    stubAdminApi({
      'POST /login': () =>
        reply(401, { error: 'bad_credentials', reason: 'errors.badCredentials', detail: 'wrong password' }),
    });
    await renderRoutes(provinceRoutes, '/province');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'admin');
    await user.type(screen.getByLabelText('Mật khẩu'), 'sai');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Sai tên đăng nhập hoặc mật khẩu.');
    expect(screen.queryByRole('button', { name: 'Đăng xuất' })).not.toBeInTheDocument();
    expect(sessionStorage.getItem('ban-so:admin-session')).toBeNull();
  });

  it('signs out, forgetting the token', async () => {
    stubAdminApi({
      'POST /login': () => ({ token: 'tok-9', expiresAt: Date.now() + 3_600_000, username: 'sở-khcn' }),
      'GET /dashboard': () => dashboard(),
    });
    await renderRoutes(provinceRoutes, '/province');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'sở-khcn');
    await user.type(screen.getByLabelText('Mật khẩu'), 'x');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));

    const form = await screen.findByRole('heading', { name: 'Đăng nhập quản trị' });
    expect(form).toBeInTheDocument();
    expect(within(document.body).queryByText(/Đăng nhập: /)).not.toBeInTheDocument();
    expect(sessionStorage.getItem('ban-so:admin-session')).toBeNull();
  });

  it('speaks English when English is chosen', async () => {
    stubAdminApi({ 'POST /login': () => reply(401, { error: 'bad_credentials', reason: 'errors.signIn' }) });
    await renderRoutes(provinceRoutes, '/province', { lang: 'en' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Username'), 'admin');
    await user.type(screen.getByLabelText('Password'), 'x');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password.');
  });

  it('says plainly that the screens need a connection when offline', async () => {
    stubAdminApi({});
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await renderRoutes(provinceRoutes, '/province');
    expect(await screen.findByRole('status')).toHaveTextContent('Bạn đang ngoại tuyến');
  });
});
