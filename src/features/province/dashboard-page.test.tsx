import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { stubAdminApi } from '@tests/doubles/fake-admin-api';
import { dashboard, DICTIONARY } from '@tests/doubles/fake-scoreboard';
import { parsePeriod } from '@/domain/periods';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { provinceRoutes } from './routes';

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

/** The dashboard double answers for whatever period it is asked (echoed back as the server does). */
function stubDashboard() {
  return stubAdminApi({
    'GET /dashboard': (call) => dashboard(parsePeriod(call.query.get('period') ?? '') ?? undefined),
    'GET /export/dictionary.json': () => DICTIONARY,
  });
}

const scoreTable = () => screen.getByRole('table', { name: 'Các xã, phường so với từng chỉ tiêu' });
function communeOrder(): string[] {
  const body = within(scoreTable()).getAllByRole('rowgroup')[1] as HTMLElement;
  return within(body)
    .getAllByRole('row')
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('province dashboard', () => {
  it('shows the province against each indicator: value, target, change on the year before, source', async () => {
    const calls = stubDashboard();
    await renderRoutes(provinceRoutes, '/province?period=2026');
    const cards = await screen.findByRole('region', { name: /Toàn tỉnh so với chỉ tiêu/ });
    const first = within(cards).getAllByRole('listitem')[0] as HTMLElement;
    expect(first).toHaveTextContent('Tỷ lệ người trưởng thành có kỹ năng số cơ bản đạt từ 90% trở lên');
    expect(first).toHaveTextContent('78%');
    expect(first).toHaveTextContent('mục tiêu 90% vào năm 2030');
    expect(first).toHaveTextContent('Chưa đạt mục tiêu');
    expect(first).toHaveTextContent('+8 điểm phần trăm so với năm 2025');
    expect(first).toHaveTextContent('Nguồn: Kế hoạch thi đua 2026–2030');
    expect(within(cards).getByText('Dữ liệu mẫu (không phải số liệu chính thức)')).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/dashboard')?.query.get('period')).toBe('2026');
  });

  it('keeps the chosen period in the URL and reloads every figure for it', async () => {
    const calls = stubDashboard();
    const { router } = await renderRoutes(provinceRoutes, '/province?period=2026');
    await screen.findByRole('region', { name: /Toàn tỉnh so với chỉ tiêu/ });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Kỳ báo cáo'), 'Giai đoạn 1 (05/2026 – 12/2027)');
    await waitFor(() => expect(router.state.location.search).toBe('?period=phase1'));
    await screen.findByText(/Số liệu giai đoạn 1 \(từ 01\/05\/2026 đến 31\/12\/2027\)/);
    expect(calls.filter((c) => c.path === '/dashboard').map((c) => c.query.get('period'))).toContain(
      'phase1',
    );
    // The chosen period travels with the links to the other scoreboard sections.
    expect(screen.getByRole('link', { name: 'Đóng góp' })).toHaveAttribute(
      'href',
      '/province/contributions?period=phase1',
    );
    expect(within(scoreTable()).getByRole('link', { name: 'Xã Bát Xát' })).toHaveAttribute(
      'href',
      '/province/communes/bat-xat?period=phase1',
    );
  });

  it('takes a custom range of days, refusing one that ends before it starts', async () => {
    stubDashboard();
    const { router } = await renderRoutes(provinceRoutes, '/province?period=2026');
    await screen.findByRole('region', { name: /Toàn tỉnh so với chỉ tiêu/ });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Kỳ báo cáo'), 'Khoảng thời gian tự chọn');
    const from = screen.getByLabelText('Từ ngày');
    const to = screen.getByLabelText('Đến ngày');
    await user.clear(from);
    await user.type(from, '2026-06-30');
    await user.clear(to);
    await user.type(to, '2026-03-01');
    await user.click(screen.getByRole('button', { name: 'Xem kỳ này' }));
    expect(await screen.findByText('Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?period=2026');
    await user.clear(from);
    await user.type(from, '2026-03-01');
    await user.clear(to);
    await user.type(to, '2026-06-30');
    await user.click(screen.getByRole('button', { name: 'Xem kỳ này' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('period')).toBe('2026-03-01..2026-06-30'),
    );
    expect(await screen.findByText(/Số liệu từ 01\/03\/2026 đến 30\/06\/2026/)).toBeInTheDocument();
  });

  it('reads an unreadable period in the URL as the current year', async () => {
    const calls = stubDashboard();
    await renderRoutes(provinceRoutes, '/province?period=2026-13-01..x');
    await screen.findByRole('region', { name: /Toàn tỉnh so với chỉ tiêu/ });
    expect(calls.find((c) => c.path === '/dashboard')?.query.get('period')).toMatch(/^\d{4}$/);
  });

  it('sorts the communes by any indicator, empty values last, and says met or not in words', async () => {
    stubDashboard();
    await renderRoutes(provinceRoutes, '/province?period=2026');
    await screen.findByRole('table', { name: 'Các xã, phường so với từng chỉ tiêu' });
    expect(communeOrder()).toEqual(['Phường Sa Pa', 'Xã Bát Xát', 'Xã Mường Khương']);
    const user = userEvent.setup();
    const header = within(scoreTable()).getByRole('button', { name: /Chỉ tiêu 1 \(mục tiêu 90%\)/ });
    await user.click(header);
    expect(communeOrder()).toEqual(['Xã Bát Xát', 'Phường Sa Pa', 'Xã Mường Khương']);
    await user.click(header);
    expect(communeOrder()).toEqual(['Phường Sa Pa', 'Xã Bát Xát', 'Xã Mường Khương']);
    await user.click(within(scoreTable()).getByRole('button', { name: /Số chỉ tiêu đạt/ }));
    expect(communeOrder()[2]).toBe('Phường Sa Pa');
    const row = within(scoreTable()).getByRole('link', { name: 'Xã Bát Xát' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('62%chưa đạt(+12)');
  });

  it('lists the lagging communes and flags communes whose phones have been silent', async () => {
    stubDashboard();
    await renderRoutes(provinceRoutes, '/province?period=2026');
    const lagging = await screen.findByRole('table', { name: 'Xã, phường chưa đạt mục tiêu' });
    expect(within(lagging).getByRole('cell', { name: 'Xã Bát Xát' })).toBeInTheDocument();
    expect(within(lagging).getByRole('cell', { name: '28%' })).toBeInTheDocument();
    const fresh = screen.getByRole('table', { name: 'Độ mới của số liệu theo xã' });
    const batXat = within(fresh).getByRole('cell', { name: 'Xã Bát Xát' }).closest('tr') as HTMLElement;
    expect(batXat).toHaveTextContent('Có điện thoại im lặng quá 14 ngày');
    const saPa = within(fresh).getByRole('cell', { name: 'Phường Sa Pa' }).closest('tr') as HTMLElement;
    expect(saPa).toHaveTextContent('Cập nhật');
  });

  it('offers the yearly workbook, the printable page and the open-data files of the period', async () => {
    stubDashboard();
    await renderRoutes(provinceRoutes, '/province?period=2026');
    expect(await screen.findByRole('button', { name: 'Tải báo cáo năm 2026 (Excel)' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem bản in A4' })).toHaveAttribute(
      'href',
      '/province/report?period=2026',
    );
    expect(await screen.findByRole('button', { name: 'Tải Buổi tập huấn dạng CSV' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải Buổi tập huấn dạng JSON' })).toBeInTheDocument();
  });
});
