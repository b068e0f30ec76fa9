import { screen, within } from '@testing-library/react';
import { renderRoutes } from '@tests/setup/render';
import { stubAdminApi, unitsCatalog } from '@tests/doubles/fake-admin-api';
import { dashboard, unit } from '@tests/doubles/fake-scoreboard';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { provinceRoutes } from './routes';

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

const UNITS = unitsCatalog([{ id: 'bat-xat', name: 'Xã Bát Xát', kind: 'xa', villages: ['Thôn Suối Chải'] }]);

describe('printable report', () => {
  it('lays out the province report the administrative way: quốc hiệu, tiêu ngữ, unit, period, figures', async () => {
    stubAdminApi({
      'GET /dashboard': () => dashboard({ kind: 'phase1', from: '2026-05-01', to: '2027-12-31' }),
      'GET /catalogs/adminUnits/current': () => UNITS,
    });
    await renderRoutes(provinceRoutes, '/province/report?period=phase1');
    const report = await screen.findByRole('article', { name: 'BÁO CÁO' });
    expect(within(report).getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeInTheDocument();
    expect(within(report).getByText('Độc lập - Tự do - Hạnh phúc')).toBeInTheDocument();
    expect(within(report).getByText('ỦY BAN NHÂN DÂN')).toBeInTheDocument();
    expect(within(report).getByText('TỈNH LÀO CAI')).toBeInTheDocument();
    expect(within(report).getByText(/^Lào Cai, ngày \d{2} tháng \d{2} năm \d{4}$/)).toBeInTheDocument();
    expect(
      within(report).getByText(/của tỉnh Lào Cai, giai đoạn 1 \(từ 01\/05\/2026 đến 31\/12\/2027\)/),
    ).toBeInTheDocument();
    const rows = within(report).getAllByRole('table')[0] as HTMLElement;
    expect(
      within(rows)
        .getByRole('cell', { name: /kỹ năng số cơ bản/ })
        .closest('tr'),
    ).toHaveTextContent('90% (năm 2030)78%70%+8 điểm %Chưa đạt');
    expect(within(report).getByRole('rowheader', { name: 'Xã Bát Xát' })).toBeInTheDocument();
    expect(within(report).getByText('Dữ liệu mẫu (không phải số liệu chính thức)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'In báo cáo' })).toBeEnabled();
  });

  it('reports one commune under its own name, with its villages', async () => {
    const calls = stubAdminApi({
      'GET /dashboard': () =>
        dashboard(undefined, { communeId: 'bat-xat', communeName: 'Xã Bát Xát' }, [
          unit('bx-1', 'Thôn Suối Chải', [0.5, 0.4], 2, 'village'),
        ]),
      'GET /catalogs/adminUnits/current': () => UNITS,
    });
    await renderRoutes(provinceRoutes, '/province/report?period=2026&communeId=bat-xat');
    const report = await screen.findByRole('article', { name: 'BÁO CÁO' });
    expect(within(report).getByText('XÃ BÁT XÁT')).toBeInTheDocument();
    expect(within(report).getByRole('heading', { name: 'III. KẾT QUẢ THEO THÔN' })).toBeInTheDocument();
    expect(within(report).getByRole('rowheader', { name: 'Thôn Suối Chải' })).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/dashboard')?.query.get('communeId')).toBe('bat-xat');
  });
});
