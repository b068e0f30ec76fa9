import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import criteria from '@catalogs/samples/criteria.sample.json';
import helpKinds from '@catalogs/samples/help-kinds.sample.json';
import { renderRoutes } from '@tests/setup/render';
import { reply, stubAdminApi } from '@tests/doubles/fake-admin-api';
import { dashboard, unit } from '@tests/doubles/fake-scoreboard';
import type { AdminRecordItem } from '@/protocol/admin-messages';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { provinceRoutes } from './routes';

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

const VILLAGES = [
  unit('bx-suoi-chai', 'Thôn Suối Chải', [0.5, 0.4], 2, 'village'),
  unit('bx-ta-van', 'Thôn Tả Van', [0.8, 0.7], 1, 'village'),
];
const SCOPE = { communeId: 'bat-xat', communeName: 'Xã Bát Xát' };
const record = (id: string, fields: AdminRecordItem['fields'], date: string | null = '2026-11-20') => ({
  id,
  villageId: 'bx-suoi-chai',
  villageName: 'Thôn Suối Chải',
  date,
  updatedAt: 1795567600412,
  fields,
});

function stubVillage(records: Partial<Record<string, AdminRecordItem[]>>, more: Record<string, string> = {}) {
  return stubAdminApi({
    'GET /dashboard': () => dashboard(undefined, SCOPE, VILLAGES),
    'GET /export/dictionary.json': () => ({ tables: [] }),
    'GET /catalogs/helpKinds/current': () => helpKinds,
    'GET /catalogs/criteria/current': () => criteria,
    'GET /catalogs/trainingTopics/current': () =>
      reply(404, { error: 'not_found', reason: 'errors.notFound' }),
    'GET /records': (call) => {
      const table = call.query.get('table') ?? '';
      const after = call.query.get('after');
      const rows = records[after ? `${table}@${after}` : table] ?? [];
      return { records: rows, next: after ? null : (more[table] ?? null) };
    },
  });
}

describe('drill-down commune → village → records', () => {
  it('opens a commune, then a village, keeping the period, with names at every step', async () => {
    stubVillage({});
    const { router } = await renderRoutes(provinceRoutes, '/province/communes/bat-xat?period=phase1');
    const villages = await screen.findByRole('table', {
      name: 'Các thôn của Xã Bát Xát so với từng chỉ tiêu',
    });
    const user = userEvent.setup();
    await user.click(within(villages).getByRole('link', { name: 'Thôn Suối Chải' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe('/province/communes/bat-xat/villages/bx-suoi-chai'),
    );
    expect(router.state.location.search).toBe('?period=phase1');
    expect(await screen.findByRole('heading', { name: 'Thôn Suối Chải — Xã Bát Xát' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Vị trí trang' });
    expect(within(crumbs).getByRole('link', { name: 'Xã Bát Xát' })).toHaveAttribute(
      'href',
      '/province/communes/bat-xat?period=phase1',
    );
  });

  it("shows the village's records with catalog labels, never codes", async () => {
    const calls = stubVillage({
      helpActivities: [record('h-1', { kind: 'vneid', peopleHelped: 3, householdsHelped: null })],
      checklistProgress: [record('c-1', { criterionCode: 'team', status: 'met' })],
      trainingSessions: [record('s-1', { place: 'Nhà văn hóa', attendees: 1200, women: 13 })],
      banSoHelpers: [record('b-1', { name: 'Vàng Thị Mai' }, null)],
    });
    await renderRoutes(provinceRoutes, '/province/communes/bat-xat/villages/bx-suoi-chai?period=2026');
    const help = await screen.findByRole('region', { name: 'Lượt hỗ trợ — Thôn Suối Chải' });
    expect(
      await within(help).findByRole('cell', { name: 'Cài đặt, kích hoạt VNeID · giúp 3 người' }),
    ).toBeInTheDocument();
    const checklist = screen.getByRole('region', { name: 'Tiêu chí Thôn số đạt — Thôn Suối Chải' });
    expect(
      await within(checklist).findByRole('cell', { name: 'Có tổ công nghệ số cộng đồng hoạt động · Đạt' }),
    ).toBeInTheDocument();
    const sessions = screen.getByRole('region', { name: 'Buổi tập huấn — Thôn Suối Chải' });
    expect(
      await within(sessions).findByRole('cell', { name: 'Nhà văn hóa · 1.200 người tham gia, 13 nữ' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/vneid/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Tiêu chí team/)).not.toBeInTheDocument();
    const asked = calls.filter((c) => c.path === '/records');
    expect(asked.every((c) => c.query.get('villageId') === 'bx-suoi-chai')).toBe(true);
    const dated = asked.find((c) => c.query.get('table') === 'trainingSessions');
    expect([dated?.query.get('from'), dated?.query.get('to')]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('marks a code the current catalog does not know instead of showing it bare', async () => {
    stubVillage({
      helpActivities: [record('h-1', { kind: 'old-kind', peopleHelped: 2, householdsHelped: 1 })],
    });
    await renderRoutes(provinceRoutes, '/province/communes/bat-xat/villages/bx-suoi-chai?period=2026');
    const help = await screen.findByRole('region', { name: 'Lượt hỗ trợ — Thôn Suối Chải' });
    expect(
      await within(help).findByRole('cell', {
        name: 'old-kind (không có trong danh mục hiện hành) · giúp 2 người, 1 hộ',
      }),
    ).toBeInTheDocument();
  });

  it('pages through the records with "Xem thêm"', async () => {
    const calls = stubVillage(
      {
        trainingSessions: [record('s-1', { place: 'Nhà văn hóa', attendees: 20, women: 10 })],
        'trainingSessions@41': [
          record('s-2', { place: 'Trường tiểu học', attendees: 30, women: 12 }, '2026-10-02'),
        ],
      },
      { trainingSessions: '41' },
    );
    await renderRoutes(provinceRoutes, '/province/communes/bat-xat/villages/bx-suoi-chai?period=2026');
    const sessions = await screen.findByRole('region', { name: 'Buổi tập huấn — Thôn Suối Chải' });
    await within(sessions).findByRole('cell', { name: '20/11/2026' });
    await userEvent.setup().click(within(sessions).getByRole('button', { name: 'Xem thêm' }));
    expect(await within(sessions).findByRole('cell', { name: '02/10/2026' })).toBeInTheDocument();
    expect(within(sessions).queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();
    const pages = calls.filter((c) => c.path === '/records' && c.query.get('table') === 'trainingSessions');
    expect(pages.map((c) => c.query.get('after'))).toEqual([null, '41']);
  });
});
