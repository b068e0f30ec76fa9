import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { freshSession, renderRoutes } from '@tests/setup/render';
import { settingsRoutes } from './routes';

const routes = [...settingsRoutes, { path: '/', element: <p>trang chủ</p> }];

function stubStorage(persisted: boolean, grant: boolean, usage = 1.5 * 1024 * 1024) {
  const storage = {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = grant;
      return grant;
    }),
    estimate: vi.fn(async () => ({ usage, quota: 2 * 1024 ** 3 })),
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

afterEach(() => {
  Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
  localStorage.clear();
});

describe('settings', () => {
  it('switches the whole screen to English and remembers the choice', async () => {
    await freshSession();
    await renderRoutes(routes, '/more');
    await userEvent.click(await screen.findByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('ban-so:language')).toBe('en');

    await userEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
    expect(await screen.findByRole('heading', { name: 'Cài đặt', level: 1 })).toBeInTheDocument();
  });

  it('shows whether storage is persistent and how much is used, and asks the browser to keep the data', async () => {
    const storage = stubStorage(false, true);
    await freshSession();
    await renderRoutes(routes, '/more');

    expect(await screen.findByText(/Trình duyệt chưa hứa giữ dữ liệu lâu dài/)).toBeInTheDocument();
    expect(screen.getByText('Đã dùng 1,5 MB (0 %) trên 2 GB được phép; còn trống 2 GB.')).toBeInTheDocument();
    expect(screen.queryByText(/đã dùng hơn 80 %/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yêu cầu giữ dữ liệu lâu dài' }));

    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Trình duyệt đã đồng ý giữ dữ liệu lâu dài/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yêu cầu giữ dữ liệu lâu dài' })).not.toBeInTheDocument();
  });

  it('warns in plain Vietnamese once more than 80 % of the space is used', async () => {
    stubStorage(true, true, 1.7 * 1024 ** 3);
    await freshSession();
    await renderRoutes(routes, '/more');
    expect(
      await screen.findByText('Đã dùng 1,7 GB (85 %) trên 2 GB được phép; còn trống 307,2 MB.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Bộ nhớ dành cho Bản Số đã dùng hơn 80 %. Hãy đồng bộ để gửi ảnh và thay đổi',
    );
  });

  it('tells the user what to do when the browser refuses to keep the data', async () => {
    stubStorage(false, false);
    await freshSession();
    await renderRoutes(routes, '/more');
    await userEvent.click(await screen.findByRole('button', { name: 'Yêu cầu giữ dữ liệu lâu dài' }));
    expect(await screen.findByText(/Hãy cài Bản Số lên màn hình chính/)).toBeInTheDocument();
  });

  it('shows the current member and village with links to change them that come back here', async () => {
    await freshSession();
    await renderRoutes(routes, '/more');
    expect(await screen.findByText('Vàng A Sử (mẫu)')).toBeInTheDocument();
    expect(await screen.findByText('Thôn Suối Chải')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Đổi thôn' })).toHaveAttribute(
      'href',
      '/pick/village?back=/more',
    );
    expect(screen.getByRole('link', { name: 'Đổi người' })).toHaveAttribute(
      'href',
      '/pick/member?back=/more',
    );
  });

  it('links to the village profile, commune checklist, sync, enrolment and province administration', async () => {
    await freshSession();
    await renderRoutes(routes, '/more');
    const expected: Array<[string, string]> = [
      ['Hồ sơ thôn', '/village-profile'],
      ['Tiêu chí Thôn số của cả xã', '/checklist/commune'],
      ['Đồng bộ dữ liệu', '/sync'],
      ['Đăng ký thiết bị', '/enrol'],
      ['Quản trị cấp tỉnh', '/province'],
    ];
    for (const [name, href] of expected)
      expect(await screen.findByRole('link', { name })).toHaveAttribute('href', href);
    expect(screen.getByText(/Bản Số phiên bản \d+\.\d+\.\d+/)).toBeInTheDocument();
  });
});
