import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { stubAdminApi } from '@tests/doubles/fake-admin-api';
import { contributionRow } from '@tests/doubles/fake-scoreboard';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { provinceRoutes } from './routes';

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

const ROWS = [
  contributionRow('m-1', 'Vàng A Sử', 4, 80),
  contributionRow('m-2', 'Lò Thị Hoa', 9, 60),
  { ...contributionRow('ext:Nguyễn Văn Bình', 'Nguyễn Văn Bình', 1, 300), external: true },
];

function names(): string[] {
  const table = screen.getByRole('table');
  const body = within(table).getAllByRole('rowgroup')[1] as HTMLElement;
  return within(body)
    .getAllByRole('row')
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('contributions', () => {
  it('tallies per team member for the period, ranked by any column, with no invented score', async () => {
    const calls = stubAdminApi({
      'GET /contributions': (call) => ({
        period: { kind: 'year', from: '2026-01-01', to: '2026-12-31' },
        by: call.query.get('by'),
        rows: ROWS,
      }),
    });
    await renderRoutes(provinceRoutes, '/province/contributions?period=2026');
    await screen.findByRole('table', { name: 'Đóng góp theo Thành viên tổ, năm 2026' });
    expect(names()).toEqual(['Nguyễn Văn Bình (người ngoài tổ)', 'Vàng A Sử', 'Lò Thị Hoa']);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Buổi tập huấn đã dạy/ }));
    expect(names()).toEqual(['Nguyễn Văn Bình (người ngoài tổ)', 'Vàng A Sử', 'Lò Thị Hoa']);
    await user.click(screen.getByRole('button', { name: /Buổi tập huấn đã dạy/ }));
    expect(names()).toEqual(['Lò Thị Hoa', 'Vàng A Sử', 'Nguyễn Văn Bình (người ngoài tổ)']);
    expect(screen.queryByRole('columnheader', { name: /điểm/i })).not.toBeInTheDocument();
    const asked = calls.find((c) => c.path === '/contributions');
    expect([asked?.query.get('period'), asked?.query.get('by')]).toEqual(['2026', 'member']);
  });

  it('switches to Người bản số, villages or communes and keeps the choice in the URL', async () => {
    const calls = stubAdminApi({
      'GET /contributions': (call) => ({
        period: { kind: 'plan', from: '2026-05-01', to: '2030-12-31' },
        by: call.query.get('by'),
        rows: ROWS,
      }),
    });
    const { router } = await renderRoutes(provinceRoutes, '/province/contributions?period=plan');
    await screen.findByRole('table');
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Xã, phường' }));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('by')).toBe('commune'));
    expect(new URLSearchParams(router.state.location.search).get('period')).toBe('plan');
    await screen.findByRole('columnheader', { name: /^Xã\/phường/ });
    expect(calls.filter((c) => c.path === '/contributions').map((c) => c.query.get('by'))).toContain(
      'commune',
    );
  });
});
