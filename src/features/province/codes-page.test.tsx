import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { stubAdminApi, unitsCatalog } from '@tests/doubles/fake-admin-api';
import { provinceRoutes } from './routes';

const expiresAt = new Date(2026, 10, 28, 9, 5).getTime();
const COMMUNES = unitsCatalog([
  { id: 'bat-xat', name: 'Bát Xát', kind: 'xa', villages: ['Suối Chải'] },
  { id: 'sa-pa', name: 'Sa Pa', kind: 'phuong', villages: ['Tổ 1'] },
]);

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

describe('enrolment codes screen', () => {
  it('creates a code for a commune and shows it in big letters with a QR of the enrolment link', async () => {
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => COMMUNES,
      'GET /enrolment-codes': () => ({ codes: [] }),
      'POST /enrolment-codes': () => ({ code: 'K7PQ3XM9', communeId: 'bat-xat', expiresAt, usedAt: null }),
    });
    await renderRoutes(provinceRoutes, '/province/codes');
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Bát Xát' });
    await user.selectOptions(screen.getByLabelText('Thiết bị của'), 'Bát Xát');
    await user.selectOptions(screen.getByLabelText('Hiệu lực'), '7 ngày');
    await user.click(screen.getByRole('button', { name: 'Tạo mã đăng ký' }));

    const card = await screen.findByRole('region', { name: 'Mã đăng ký cho Bát Xát' });
    expect(within(card).getByLabelText('Mã đăng ký')).toHaveTextContent('K7PQ3XM9');
    expect(within(card).getByText(/Hết hạn lúc 28\/11\/2026 09:05/)).toBeInTheDocument();
    const qr = await within(card).findByRole('img', { name: 'Mã QR để đăng ký bằng mã K7PQ3XM9' });
    const src = qr.getAttribute('src') ?? '';
    expect(src.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(src)).toContain('<svg');
    expect(within(card).getByText(/http:\/\/localhost(:\d+)?\/enrol\?code=K7PQ3XM9/)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ communeId: 'bat-xat', ttlHours: 168 });

    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(card).getByRole('button', { name: 'Sao chép liên kết' }));
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/\/enrol\?code=K7PQ3XM9$/));
    expect(await within(card).findByRole('status')).toHaveTextContent('Đã sao chép liên kết đăng ký.');
  });

  it('puts the configured public address (PUBLIC_URL) into the QR link, not the browser address', async () => {
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () => COMMUNES,
      'GET /enrolment-codes': () => ({ codes: [] }),
      'GET /server-info': () => ({ publicUrl: 'https://banso.laocai.example' }),
      'POST /enrolment-codes': () => ({ code: 'K7PQ3XM9', communeId: 'bat-xat', expiresAt, usedAt: null }),
    });
    await renderRoutes(provinceRoutes, '/province/codes');
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Bát Xát' });
    await user.selectOptions(screen.getByLabelText('Thiết bị của'), 'Bát Xát');
    await user.click(screen.getByRole('button', { name: 'Tạo mã đăng ký' }));
    const card = await screen.findByRole('region', { name: 'Mã đăng ký cho Bát Xát' });
    expect(
      within(card).getByText(/https:\/\/banso\.laocai\.example\/enrol\?code=K7PQ3XM9/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/chưa được đặt địa chỉ công khai/)).not.toBeInTheDocument();
  });

  it('warns on the codes page when the server has no public address configured', async () => {
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () => COMMUNES,
      'GET /enrolment-codes': () => ({ codes: [] }),
      'GET /server-info': () => ({ publicUrl: null }),
    });
    await renderRoutes(provinceRoutes, '/province/codes');
    expect(
      await screen.findByText(/chưa được đặt địa chỉ công khai \(biến PUBLIC_URL\)/),
    ).toBeInTheDocument();
  });

  it('issues a province-wide code with a null commune', async () => {
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => COMMUNES,
      'GET /enrolment-codes': () => ({ codes: [] }),
      'POST /enrolment-codes': () => ({ code: 'TINH0001', communeId: null, expiresAt, usedAt: null }),
    });
    await renderRoutes(provinceRoutes, '/province/codes');
    const user = userEvent.setup();
    await screen.findByRole('option', { name: 'Bát Xát' });
    await user.selectOptions(
      screen.getByLabelText('Thiết bị của'),
      'Toàn tỉnh (thiết bị cấp tỉnh, xem mọi xã)',
    );
    await user.click(screen.getByRole('button', { name: 'Tạo mã đăng ký' }));

    expect(await screen.findByLabelText('Mã đăng ký')).toHaveTextContent('TINH0001');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ communeId: null, ttlHours: 72 });
  });

  it('lists only the open codes (unused and not expired) with their commune and expiry', async () => {
    const later = Date.now() + 86_400_000;
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () => COMMUNES,
      'GET /enrolment-codes': () => ({
        codes: [
          { code: 'OPEN0001', communeId: 'sa-pa', expiresAt: later, usedAt: null },
          { code: 'USED0001', communeId: 'sa-pa', expiresAt: later, usedAt: Date.now() - 1000 },
          { code: 'GONE0001', communeId: 'sa-pa', expiresAt: Date.now() - 1000, usedAt: null },
        ],
      }),
    });
    await renderRoutes(provinceRoutes, '/province/codes');
    const row = (await screen.findByRole('cell', { name: 'OPEN0001' })).closest('tr') as HTMLElement;
    expect(await within(row).findByRole('cell', { name: 'Sa Pa' })).toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'USED0001' })).not.toBeInTheDocument();
    expect(screen.queryByRole('cell', { name: 'GONE0001' })).not.toBeInTheDocument();
  });

  it('asks for a commune before creating a code', async () => {
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => COMMUNES,
      'GET /enrolment-codes': () => ({ codes: [] }),
    });
    await renderRoutes(provinceRoutes, '/province/codes');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Tạo mã đăng ký' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Hãy chọn xã (hoặc toàn tỉnh).');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });
});
