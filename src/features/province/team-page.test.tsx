import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import type { TeamMemberSummary } from './admin-client';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { stubAdminApi, unitsCatalog } from '@tests/doubles/fake-admin-api';
import { provinceRoutes } from './routes';

const UNITS = unitsCatalog([
  { id: 'bat-xat', name: 'Bát Xát', kind: 'xa', villages: ['Suối Chải', 'Tả Van'] },
  { id: 'sa-pa', name: 'Sa Pa', kind: 'phuong', villages: ['Tổ 1'] },
]);

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

describe('team members screen', () => {
  it('lists, adds and deactivates the members of the chosen commune', async () => {
    const members: TeamMemberSummary[] = [
      {
        id: 'm1',
        communeId: 'bat-xat',
        villageId: 'bat-xat-v1',
        name: 'Vàng A Dình',
        role: 'leader',
        active: true,
      },
    ];
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => UNITS,
      'GET /team-members': (c) => ({
        members: members.filter((m) => m.communeId === c.query.get('communeId')),
      }),
      'POST /team-members': (c) => {
        const m = { ...(c.body as Omit<TeamMemberSummary, 'id' | 'active'>), id: 'm2', active: true };
        members.push(m);
        return m;
      },
      'POST /team-members/m1/deactivate': () => {
        members[0] = { ...members[0]!, active: false };
        return members[0];
      },
    });
    await renderRoutes(provinceRoutes, '/province/team');
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Bát Xát' });
    await user.selectOptions(screen.getByLabelText('Xã/phường'), 'Bát Xát');

    const first = (await screen.findByRole('cell', { name: 'Vàng A Dình' })).closest('tr') as HTMLElement;
    expect(within(first).getByRole('cell', { name: 'Tổ trưởng' })).toBeInTheDocument();
    expect(within(first).getByRole('cell', { name: 'Suối Chải' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Họ và tên'), 'Lý Thị Mai');
    await user.selectOptions(screen.getByLabelText('Thôn'), 'Tả Van');
    await user.click(screen.getByRole('button', { name: 'Thêm thành viên' }));
    expect(await screen.findByRole('cell', { name: 'Lý Thị Mai' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/team-members' && c.method === 'POST')?.body).toEqual({
      communeId: 'bat-xat',
      villageId: 'bat-xat-v2',
      name: 'Lý Thị Mai',
      role: 'member',
      allowDuplicate: false,
    });

    const row = screen.getByRole('cell', { name: 'Vàng A Dình' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Đang hoạt động')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'Cho ngừng hoạt động' }));
    await user.click(within(row).getByRole('button', { name: 'Xác nhận ngừng hoạt động' }));
    expect(await within(row).findByText('Đã ngừng hoạt động')).toBeInTheDocument();
  });

  it('asks for the name before adding a member', async () => {
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => UNITS,
      'GET /team-members': () => ({ members: [] }),
    });
    await renderRoutes(provinceRoutes, '/province/team');
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Sa Pa' });
    await user.selectOptions(screen.getByLabelText('Xã/phường'), 'Sa Pa');
    await user.click(await screen.findByRole('button', { name: 'Thêm thành viên' }));
    expect(await screen.findByText('Vui lòng nhập thông tin này.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
