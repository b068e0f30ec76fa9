import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { reply, stubAdminApi, unitsCatalog } from '@tests/doubles/fake-admin-api';
import { provinceRoutes } from './routes';

const CSV = [
  'commune_id,commune_name,commune_kind,village_id,village_name',
  'bat-xat,Bát Xát,xa,bx-suoi-chai,Suối Chải',
  'bat-xat,Bát Xát,huyen,bx-ta-van,Tả Van',
].join('\n');

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

describe('administrative units screen', () => {
  it('lists communes with their village counts', async () => {
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () =>
        unitsCatalog([
          { id: 'bat-xat', name: 'Bát Xát', kind: 'xa', villages: ['Suối Chải', 'Tả Van', 'Y Tý'] },
          { id: 'sa-pa', name: 'Sa Pa', kind: 'phuong', villages: ['Tổ 1'] },
        ]),
    });
    await renderRoutes(provinceRoutes, '/province/units');
    const row = (await screen.findByRole('cell', { name: 'Bát Xát' })).closest('tr') as HTMLElement;
    expect(within(row).getByRole('cell', { name: '3' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: 'Xã' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Các xã, phường (2)' })).toBeInTheDocument();
  });

  it('offers a CSV template with the expected header and an example line', async () => {
    stubAdminApi({ 'GET /catalogs/adminUnits/current': () => unitsCatalog([]) });
    const blobs: Blob[] = [];
    // jsdom has no object URLs: record the file instead of offering it.
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:template');
    URL.revokeObjectURL = () => undefined;
    await renderRoutes(provinceRoutes, '/province/units');
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Tải tệp CSV mẫu' }));
    const lines = (await blobs[0]!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('commune_id,commune_name,commune_kind,village_id,village_name');
    expect(lines[1]!.split(',')).toHaveLength(5);
  });

  it('keeps the template blank: nothing of the units in use, one example line marked as such', async () => {
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () =>
        unitsCatalog([{ id: 'bat-xat', name: 'Bát Xát', kind: 'xa', villages: ['Suối Chải', 'Tả Van'] }]),
    });
    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:template');
    URL.revokeObjectURL = () => undefined;
    await renderRoutes(provinceRoutes, '/province/units');
    await screen.findByRole('cell', { name: 'Bát Xát' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tải tệp CSV mẫu' }));
    const text = await blobs[0]!.text();
    for (const real of ['bat-xat', 'Bát Xát', 'Suối Chải', 'Tả Van']) expect(text).not.toContain(real);
    const example = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')[1]!
      .split(',');
    expect(example[0]).toMatch(/^vi-du-/);
    expect(example[3]).toMatch(/^vi-du-/);
  });

  it('refuses a file that still holds the template example line, without sending it', async () => {
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => reply(404, { error: 'not_found', reason: 'errors.notFound' }),
    });
    await renderRoutes(provinceRoutes, '/province/units');
    const user = userEvent.setup();
    const template = `${CSV.split('\n')[0]}\nvi-du-xa,Xã Ví Dụ (thay bằng tên thật),xa,vi-du-xa-thon-1,Thôn Ví Dụ 1\n`;
    await user.upload(await screen.findByLabelText('Tệp CSV'), new File([template], 'mau.csv'));
    await user.type(screen.getByLabelText('Phiên bản'), '2026.1');
    await user.click(screen.getByRole('button', { name: 'Nạp danh sách' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tệp vẫn còn dòng ví dụ của tệp mẫu');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('sends the chosen CSV file with version and sample flag, and shows the line-numbered errors', async () => {
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => reply(404, { error: 'not_found', reason: 'errors.notFound' }),
      'POST /admin-units': () =>
        reply(400, {
          error: 'invalid_csv',
          reason: 'errors.csv',
          detail: 'line 3: commune_kind: xa or phuong',
          lines: [{ line: 3, message: 'commune_kind: xa or phuong' }],
        }),
    });
    await renderRoutes(provinceRoutes, '/province/units');
    const user = userEvent.setup();
    await user.upload(
      await screen.findByLabelText('Tệp CSV'),
      new File([CSV], 'don-vi.csv', { type: 'text/csv' }),
    );
    await user.type(screen.getByLabelText('Phiên bản'), '2026.1');
    await user.click(screen.getByRole('checkbox', { name: /Dữ liệu mẫu/ }));
    await user.click(screen.getByRole('button', { name: 'Nạp danh sách' }));

    const problems = await screen.findByRole('list', { name: 'Các dòng có lỗi' });
    expect(screen.getByText(/Tệp có lỗi nên chưa nạp dòng nào/)).toBeInTheDocument();
    expect(within(problems).getByText('Dòng 3: commune_kind phải là xa hoặc phuong')).toBeInTheDocument();
    const sent = calls.find((c) => c.method === 'POST' && c.path === '/admin-units');
    expect(sent?.body).toEqual({ csv: CSV, version: '2026.1', sample: true, source: '' });
    expect(sent?.authorization).toBe('Bearer tok');
  });

  it('reports what was loaded and refreshes the communes', async () => {
    let loaded = false;
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () =>
        loaded
          ? unitsCatalog([{ id: 'bat-xat', name: 'Bát Xát', kind: 'xa', villages: ['Suối Chải', 'Tả Van'] }])
          : reply(404, { error: 'not_found', reason: 'errors.notFound' }),
      'POST /admin-units': () => {
        loaded = true;
        return { version: '2026.1', communes: 1, villages: 2 };
      },
    });
    await renderRoutes(provinceRoutes, '/province/units');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Tệp CSV'), new File([CSV], 'a.csv'));
    await user.type(screen.getByLabelText('Phiên bản'), '2026.1');
    await user.click(screen.getByRole('button', { name: 'Nạp danh sách' }));

    expect(await screen.findByText('Đã nạp phiên bản 2026.1: 1 xã/phường, 2 thôn.')).toBeInTheDocument();
    expect(await screen.findByRole('cell', { name: 'Bát Xát' })).toBeInTheDocument();
  });
});
