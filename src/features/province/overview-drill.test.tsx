import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import type { AdminRecordItem, CommuneOverview } from '@/protocol/admin-messages';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { reply, stubAdminApi } from '@tests/doubles/fake-admin-api';
import { provinceRoutes } from './routes';

const commune = (communeId: string, communeName: string, trainingSessions: number): CommuneOverview => ({
  communeId,
  communeName,
  villages: 4,
  trainingSessions,
  attendees: trainingSessions * 20,
  women: 0,
  ethnicMinority: 0,
  helpers: 3,
  helpActivities: 0,
  peopleHelped: 0,
  criteriaMet: 0,
  criteriaTotal: 8,
  devices: 1,
  lastSyncAt: null,
});
const ROWS = [commune('bat-xat', 'Bát Xát', 12), commune('sa-pa', 'Sa Pa', 40)];

const session = (id: string, place: string, date: string): AdminRecordItem => ({
  id,
  villageId: 'bat-xat-v1',
  villageName: 'Thôn Suối Chải',
  date,
  updatedAt: 1795567600412,
  fields: { place, attendees: 1200, women: 13 },
});

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

const rowOf = (name: string) => screen.getByRole('cell', { name }).closest('tr') as HTMLElement;

describe('province overview drill-down', () => {
  it('opens the training sessions behind a commune figure only when asked, a page at a time', async () => {
    const calls = stubAdminApi({
      'GET /overview': () => ({ communes: ROWS }),
      'GET /records': (call) =>
        call.query.get('after') === '41'
          ? { records: [session('s-2', 'Trường tiểu học', '2026-10-02')], next: null }
          : { records: [session('s-1', 'Nhà văn hoá', '2026-11-20')], next: '41' },
    });
    await renderRoutes(provinceRoutes, '/province');
    await screen.findByRole('cell', { name: 'Bát Xát' });
    expect(calls.filter((c) => c.path === '/records')).toHaveLength(0);

    const user = userEvent.setup();
    await user.click(within(rowOf('Bát Xát')).getByRole('button', { name: '12' }));
    const list = await screen.findByRole('region', { name: 'Buổi tập huấn — Bát Xát' });
    expect(await within(list).findByRole('cell', { name: '20/11/2026' })).toBeInTheDocument();
    expect(within(list).getByRole('cell', { name: 'Thôn Suối Chải' })).toBeInTheDocument();
    expect(
      within(list).getByRole('cell', { name: 'Nhà văn hoá · 1.200 người tham gia, 13 nữ' }),
    ).toBeInTheDocument();
    const first = calls.find((c) => c.path === '/records');
    expect(first?.query.get('communeId')).toBe('bat-xat');
    expect(first?.query.get('table')).toBe('trainingSessions');
    expect(first?.authorization).toBe('Bearer tok');

    await user.click(within(list).getByRole('button', { name: 'Xem thêm' }));
    expect(await within(list).findByRole('cell', { name: '02/10/2026' })).toBeInTheDocument();
    expect(within(list).getByRole('cell', { name: '20/11/2026' })).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.path === '/records').map((c) => c.query.get('after'))).toEqual([null, '41']);
  });

  it('opens the active Người bản số behind the helpers figure, and closes', async () => {
    const calls = stubAdminApi({
      'GET /overview': () => ({ communes: ROWS }),
      'GET /records': () => ({
        records: [{ ...session('h-1', '', '2026-01-01'), date: null, fields: { name: 'Vàng Thị Mai' } }],
        next: null,
      }),
    });
    await renderRoutes(provinceRoutes, '/province');
    await screen.findByRole('cell', { name: 'Sa Pa' });
    const user = userEvent.setup();
    await user.click(within(rowOf('Sa Pa')).getByRole('button', { name: '3' }));
    const list = await screen.findByRole('region', { name: 'Người bản số đang hoạt động — Sa Pa' });
    expect(await within(list).findByRole('cell', { name: 'Vàng Thị Mai' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/records')?.query.get('table')).toBe('banSoHelpers');
    await user.click(within(list).getByRole('button', { name: 'Đóng' }));
    expect(screen.queryByRole('region', { name: /Sa Pa/ })).not.toBeInTheDocument();
  });

  it('the province total row opens nothing', async () => {
    stubAdminApi({ 'GET /overview': () => ({ communes: ROWS }) });
    await renderRoutes(provinceRoutes, '/province');
    await screen.findByRole('cell', { name: 'Bát Xát' });
    const total = screen.getByRole('rowheader', { name: /^Tổng 2/ }).closest('tr') as HTMLElement;
    expect(within(total).queryAllByRole('button')).toHaveLength(0);
  });

  it('says why the list failed and tries again', async () => {
    let fail = true;
    stubAdminApi({
      'GET /overview': () => ({ communes: ROWS }),
      'GET /records': () =>
        fail
          ? reply(500, { error: 'server_error', reason: 'errors.server' })
          : { records: [session('s-1', 'Nhà văn hoá', '2026-11-20')], next: null },
    });
    await renderRoutes(provinceRoutes, '/province');
    await screen.findByRole('cell', { name: 'Bát Xát' });
    const user = userEvent.setup();
    await user.click(within(rowOf('Bát Xát')).getByRole('button', { name: '12' }));
    const list = await screen.findByRole('region', { name: 'Buổi tập huấn — Bát Xát' });
    expect(await within(list).findByRole('alert')).toBeInTheDocument();
    fail = false;
    await user.click(within(list).getByRole('button', { name: /Thử lại/ }));
    expect(await within(list).findByRole('cell', { name: '20/11/2026' })).toBeInTheDocument();
    expect(within(list).queryByRole('alert')).not.toBeInTheDocument();
  });
});
