import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { reply, stubAdminApi, unitsCatalog } from '@tests/doubles/fake-admin-api';
import { provinceRoutes } from './routes';

const DAY = 86_400_000;
const now = Date.now();
const device = (id: string, name: string, lastSyncAt: number | null, revokedAt: number | null = null) => ({
  deviceId: id,
  name,
  communeId: 'bat-xat',
  enrolledAt: now - 30 * DAY,
  lastSyncAt,
  lastAppliedSeq: 4,
  revokedAt,
});

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: now + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

function rowOf(name: string): HTMLElement {
  return screen.getByRole('cell', { name }).closest('tr') as HTMLElement;
}

describe('devices screen', () => {
  it('lists every phone with its commune and flags those silent for more than 7 days', async () => {
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () =>
        unitsCatalog([{ id: 'bat-xat', name: 'Bát Xát', kind: 'xa', villages: [] }]),
      'GET /devices': () => ({
        devices: [
          device('d1', 'Điện thoại Suối Chải', now - DAY),
          device('d2', 'Máy Tả Van', now - 10 * DAY),
        ],
      }),
    });
    await renderRoutes(provinceRoutes, '/province/devices');
    await screen.findByRole('cell', { name: 'Máy Tả Van' });

    expect(within(rowOf('Máy Tả Van')).getByText(/không đồng bộ quá 7 ngày/)).toBeInTheDocument();
    expect(
      within(rowOf('Điện thoại Suối Chải')).queryByText(/không đồng bộ quá 7 ngày/),
    ).not.toBeInTheDocument();
    expect(await within(rowOf('Máy Tả Van')).findByRole('cell', { name: 'Bát Xát' })).toBeInTheDocument();
  });

  it('revokes a phone only after confirmation and calls the revoke endpoint', async () => {
    let revoked = false;
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => reply(404, { error: 'not_found', reason: 'errors.notFound' }),
      'GET /devices': () => ({ devices: [device('d1', 'Máy bị mất', now - DAY, revoked ? now : null)] }),
      'POST /devices/d1/revoke': () => {
        revoked = true;
        return { ok: true };
      },
    });
    await renderRoutes(provinceRoutes, '/province/devices');
    const user = userEvent.setup();
    await screen.findByRole('cell', { name: 'Máy bị mất' });
    await user.click(within(rowOf('Máy bị mất')).getByRole('button', { name: 'Thu hồi' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    const question = screen.getByRole('group', { name: /Thu hồi thiết bị Máy bị mất\?/ });
    expect(within(question).getByRole('button', { name: 'Xác nhận thu hồi' })).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: 'Xác nhận thu hồi' }));

    expect(await within(rowOf('Máy bị mất')).findByText(/Đã thu hồi/)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/devices/d1/revoke');
    expect(post?.authorization).toBe('Bearer tok');
  });

  it('cancelling the confirmation revokes nothing', async () => {
    const calls = stubAdminApi({
      'GET /catalogs/adminUnits/current': () => reply(404, { error: 'not_found', reason: 'errors.notFound' }),
      'GET /devices': () => ({ devices: [device('d1', 'Máy A', now)] }),
    });
    await renderRoutes(provinceRoutes, '/province/devices');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Thu hồi' }));
    await user.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(screen.getByRole('button', { name: 'Thu hồi' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('signs out when the server says the session has expired', async () => {
    stubAdminApi({
      'GET /catalogs/adminUnits/current': () => reply(404, { error: 'not_found', reason: 'errors.notFound' }),
      'GET /devices': () => reply(401, { error: 'unauthorized', reason: 'errors.unauthorized' }),
    });
    await renderRoutes(provinceRoutes, '/province/devices');
    expect(await screen.findByRole('heading', { name: 'Đăng nhập quản trị' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.');
  });
});
