import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import type { CommuneOverview } from '@/protocol/admin-messages';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { stubAdminApi } from '@tests/doubles/fake-admin-api';
import { provinceRoutes } from './routes';

const base = {
  villages: 10,
  women: 0,
  ethnicMinority: 0,
  helpers: 0,
  helpActivities: 0,
  peopleHelped: 0,
  criteriaMet: 0,
  criteriaTotal: 20,
  devices: 1,
  lastSyncAt: null,
};
const ROWS: CommuneOverview[] = [
  {
    ...base,
    communeId: 'bat-xat',
    communeName: 'Bát Xát',
    trainingSessions: 12,
    attendees: 1234,
    women: 640,
  },
  { ...base, communeId: 'sa-pa', communeName: 'Sa Pa', trainingSessions: 40, attendees: 300 },
  { ...base, communeId: 'muong-khuong', communeName: 'Mường Khương', trainingSessions: 3, attendees: 45 },
];

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Commune names in the order the table shows them. */
function communeOrder(): string[] {
  const body = within(screen.getByRole('table')).getAllByRole('rowgroup')[1] as HTMLElement;
  const rows = within(body).getAllByRole('row');
  return rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('province overview', () => {
  it('shows every commune side by side with Vietnamese number formatting', async () => {
    stubAdminApi({ 'GET /overview': () => ({ communes: ROWS }) });
    await renderRoutes(provinceRoutes, '/province');
    await screen.findByRole('cell', { name: 'Bát Xát' });
    expect(communeOrder()).toEqual(['Bát Xát', 'Mường Khương', 'Sa Pa']);
    const row = screen.getByRole('cell', { name: 'Bát Xát' }).closest('tr') as HTMLElement;
    expect(within(row).getByRole('cell', { name: '1.234' })).toBeInTheDocument();
    expect(within(row).getByRole('cell', { name: '0/20' })).toBeInTheDocument();
    const total = screen.getByRole('rowheader', { name: 'Tổng 3 xã/phường' }).closest('tr') as HTMLElement;
    expect(within(total).getByRole('rowheader', { name: '1.579' })).toBeInTheDocument();
    expect(within(total).getByRole('rowheader', { name: '0/60' })).toBeInTheDocument();
  });

  it('sorts by any column, ascending then descending', async () => {
    stubAdminApi({ 'GET /overview': () => ({ communes: ROWS }) });
    await renderRoutes(provinceRoutes, '/province');
    await screen.findByRole('cell', { name: 'Bát Xát' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Buổi tập huấn/ }));
    expect(communeOrder()).toEqual(['Mường Khương', 'Bát Xát', 'Sa Pa']);
    expect(screen.getByRole('columnheader', { name: /Buổi tập huấn/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: /Buổi tập huấn/ }));
    expect(communeOrder()).toEqual(['Sa Pa', 'Bát Xát', 'Mường Khương']);
    await user.click(screen.getByRole('button', { name: /Người tham gia/ }));
    expect(communeOrder()).toEqual(['Mường Khương', 'Sa Pa', 'Bát Xát']);
  });

  it('filters by commune name typed without diacritics', async () => {
    stubAdminApi({ 'GET /overview': () => ({ communes: ROWS }) });
    await renderRoutes(provinceRoutes, '/province');
    await screen.findByRole('cell', { name: 'Bát Xát' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/Lọc theo tên xã/), 'muong kh');
    expect(communeOrder()).toEqual(['Mường Khương']);
    await user.clear(screen.getByLabelText(/Lọc theo tên xã/));
    await user.type(screen.getByLabelText(/Lọc theo tên xã/), 'BAT');
    expect(communeOrder()).toEqual(['Bát Xát']);
  });

  it('exports the table as sorted and filtered on screen, as UTF-8 CSV with a BOM', async () => {
    stubAdminApi({ 'GET /overview': () => ({ communes: ROWS }) });
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:overview';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderRoutes(provinceRoutes, '/province');
    await screen.findByRole('cell', { name: 'Bát Xát' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /Buổi tập huấn/ }));
    await user.click(screen.getByRole('button', { name: /Buổi tập huấn/ }));
    await user.click(screen.getByRole('button', { name: 'Xuất tệp CSV' }));

    const bytes = new Uint8Array(await (blob as Blob).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe(
      'Xã/phường,Số thôn,Buổi tập huấn,Người tham gia,Nữ,Dân tộc thiểu số,Người bản số,Lượt hỗ trợ,' +
        'Người được hỗ trợ,Tiêu chí đạt,Tổng tiêu chí,Thiết bị,Đồng bộ gần nhất',
    );
    expect(lines.slice(1)).toEqual([
      'Sa Pa,10,40,300,0,0,0,0,0,0,20,1,',
      'Bát Xát,10,12,1234,640,0,0,0,0,0,20,1,',
      'Mường Khương,10,3,45,0,0,0,0,0,0,20,1,',
    ]);

    await user.type(screen.getByLabelText(/Lọc theo tên xã/), 'muong');
    await user.click(screen.getByRole('button', { name: 'Xuất tệp CSV' }));
    const filtered = new TextDecoder().decode(await (blob as Blob).arrayBuffer());
    expect(filtered.split('\r\n').slice(1)).toEqual(['Mường Khương,10,3,45,0,0,0,0,0,0,20,1,']);
  });
});
