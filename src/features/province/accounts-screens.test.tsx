import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { reply, stubAdminApi } from '@tests/doubles/fake-admin-api';
import { clearAdminSession } from './admin-session';
import { provinceRoutes } from './routes';

afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const units = {
  kind: 'adminUnits',
  version: '1',
  publishedAt: '2026-11-01T00:00:00.000Z',
  sample: true,
  source: 'test',
  data: {
    province: { code: 'LC', name: 'Lào Cai' },
    communes: [{ id: 'bat-xat', name: 'Xã Bát Xát', kind: 'xa' }],
    villages: [{ id: 'bx-1', communeId: 'bat-xat', name: 'Thôn Một' }],
  },
};
const communeLogin = {
  token: 'tok-xa',
  expiresAt: Date.now() + 3_600_000,
  username: 'thu.bx',
  role: 'commune',
  communeId: 'bat-xat',
  communeName: 'Xã Bát Xát',
  mustChangePassword: true,
};

async function signIn(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(await screen.findByLabelText('Tên đăng nhập'), name);
  await user.type(screen.getByLabelText('Mật khẩu'), 'mat-khau-dau-tien');
  await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('accounts and roles on the province screens', () => {
  it('a commune official must change the password first, with inline errors, then sees only their sections', async () => {
    const calls = stubAdminApi({
      'POST /login': () => communeLogin,
      'POST /password': () => reply(204, undefined),
      'GET /overview': () => ({ communes: [] }),
    });
    await renderRoutes(provinceRoutes, '/province');
    const user = userEvent.setup();
    await signIn(user, 'thu.bx');
    expect(await screen.findByRole('heading', { name: 'Đổi mật khẩu' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByText('Đăng nhập: thu.bx (Cán bộ xã, Xã Bát Xát)')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Mật khẩu hiện tại'), 'mat-khau-dau-tien');
    await user.type(screen.getByLabelText('Mật khẩu mới'), 'ngan');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Mật khẩu cần ít nhất 10 ký tự.')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/password')).toBe(false);

    await user.clear(screen.getByLabelText('Mật khẩu mới'));
    await user.type(screen.getByLabelText('Mật khẩu mới'), 'mat-khau-rieng-2026');
    await user.type(screen.getByLabelText('Nhập lại mật khẩu mới'), 'mat-khau-rieng-2026');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    const nav = await screen.findByRole('navigation');
    expect(calls.find((c) => c.path === '/password')?.body).toEqual({
      currentPassword: 'mat-khau-dau-tien',
      newPassword: 'mat-khau-rieng-2026',
    });
    const sections = within(nav)
      .getAllByRole('link')
      .map((l) => l.textContent);
    expect(sections).toEqual([
      'Chỉ tiêu và tiến độ',
      'Đóng góp',
      'Thành viên tổ',
      'Mã đăng ký',
      'Thiết bị',
      'Công nhận Thôn số',
    ]);
  });

  it('the administrator creates an account, with inline errors first', async () => {
    const calls = stubAdminApi({
      'POST /login': () => ({
        ...communeLogin,
        username: 'admin',
        role: 'admin',
        communeId: null,
        communeName: null,
        mustChangePassword: false,
      }),
      'GET /accounts': () => ({ accounts: [] }),
      'GET /catalogs/adminUnits/current': () => units,
      'POST /accounts': (c) => ({
        ...(c.body as object),
        mustChangePassword: true,
        disabled: false,
        createdAt: 1,
        createdBy: 'admin',
        activeSessions: 0,
      }),
    });
    await renderRoutes(provinceRoutes, '/province/accounts');
    const user = userEvent.setup();
    await signIn(user, 'admin');
    const form = (await screen.findByRole('heading', { name: 'Tạo tài khoản mới' })).closest('form')!;
    await user.type(within(form).getByLabelText('Tên đăng nhập'), 'Có Dấu');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(within(form).getAllByText(/3–60 ký tự/).length).toBeGreaterThan(1);
    expect(within(form).getByText('Hãy chọn xã/phường của cán bộ xã.')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('Tên đăng nhập'));
    await user.type(within(form).getByLabelText('Tên đăng nhập'), 'thu.bx');
    await user.type(within(form).getByLabelText('Mật khẩu ban đầu'), 'mat-khau-dau-tien');
    await user.selectOptions(within(form).getByLabelText('Xã/phường'), 'Xã Bát Xát');
    await user.click(within(form).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await within(form).findByText('Đã tạo tài khoản thu.bx.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST' && c.path === '/accounts')?.body).toEqual({
      username: 'thu.bx',
      password: 'mat-khau-dau-tien',
      role: 'commune',
      communeId: 'bat-xat',
    });
  });

  it('warns about a duplicate team member name and adds only when confirmed', async () => {
    const calls = stubAdminApi({
      'POST /login': () => ({ ...communeLogin, mustChangePassword: false }),
      'GET /catalogs/adminUnits/current': () => units,
      'GET /team-members': () => ({ members: [] }),
      'POST /team-members': (c) =>
        (c.body as { allowDuplicate?: boolean }).allowDuplicate
          ? {
              id: 'm2',
              communeId: 'bat-xat',
              villageId: null,
              name: 'Giàng A Páo',
              role: 'member',
              active: true,
            }
          : reply(409, { error: 'duplicate_name', reason: 'errors.duplicateName', duplicates: [] }),
    });
    await renderRoutes(provinceRoutes, '/province/team');
    const user = userEvent.setup();
    await signIn(user, 'thu.bx');
    // The commune official's only commune is picked for them.
    await user.type(await screen.findByLabelText('Họ và tên'), 'Giàng A Páo');
    await user.click(screen.getByRole('button', { name: 'Thêm thành viên' }));
    expect(await screen.findByText(/Xã đã có thành viên tên “Giàng A Páo”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vẫn thêm' }));
    await vi.waitFor(() =>
      expect(
        calls
          .filter((c) => c.method === 'POST' && c.path === '/team-members')
          .map((c) => (c.body as { allowDuplicate: boolean }).allowDuplicate),
      ).toEqual([false, true]),
    );
  });
});
