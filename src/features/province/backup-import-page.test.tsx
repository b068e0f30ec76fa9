// The province's backup import: opened in the browser with the passphrase (a wrong one is said inline
// and nothing is sent), then posted as the device's mutations; the passphrase itself is never sent. A
// file's photos follow the records, one request each, and the screen counts stored, held and refused.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoutes } from '@tests/setup/render';
import { encodeHlc } from '@/domain/hlc';
import { reply, stubAdminApi } from '@tests/doubles/fake-admin-api';
import { sealBackup } from '@/lib/backup-crypto';
import { clearAdminSession, saveAdminSession } from './admin-session';
import { provinceRoutes } from './routes';

const PASS = 'mật khẩu của xã 2026';
const content = {
  deviceId: 'device-1',
  communeId: 'sample-bat-xat',
  createdAt: 1,
  mutations: [
    {
      seq: 4,
      table: 'trainingSessions',
      id: 'r-1',
      communeId: 'sample-bat-xat',
      actor: 'sample-member-1',
      hlc: encodeHlc({ millis: 1_790_000_000_000, counter: 1, node: 'abcdef012345' }),
      schemaVersion: 1,
      patch: { topic: 'Buổi 1' },
    },
  ],
};

const photo = (hash: string) => ({
  hash,
  type: 'image/jpeg',
  width: 10,
  height: 10,
  takenAt: 1,
  data: btoa('jpeg bytes'),
  thumbType: 'image/webp',
  thumb: btoa('t'),
});

async function backupFile(extra: object = {}) {
  const sealed = await sealBackup({ ...content, ...extra }, PASS);
  return new File([JSON.stringify(sealed)], 'ban-so-sao-luu.json', { type: 'application/json' });
}

beforeEach(() => saveAdminSession({ token: 'tok', username: 'admin', expiresAt: Date.now() + 3_600_000 }));
afterEach(() => {
  clearAdminSession();
  vi.unstubAllGlobals();
});

describe('backup import screen', () => {
  it('says a wrong passphrase inline and sends nothing', async () => {
    const calls = stubAdminApi({});
    await renderRoutes(provinceRoutes, '/province/backup');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Tệp sao lưu'), await backupFile());
    await user.type(screen.getByLabelText('Mật khẩu của tệp'), 'mật khẩu sai');
    await user.click(screen.getByRole('button', { name: 'Nhập tệp' }));
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Sai mật khẩu, hoặc tệp đã bị thay đổi.',
    );
    expect(calls.filter((c) => c.path === '/backup-import')).toEqual([]);
  }, 20_000);

  it('opens the file with the passphrase and posts the device and its numbered changes only', async () => {
    const calls = stubAdminApi({
      'POST /backup-import': () => reply(200, { applied: 1, duplicate: 0, rejected: 0 }),
    });
    await renderRoutes(provinceRoutes, '/province/backup');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Tệp sao lưu'), await backupFile());
    await user.type(screen.getByLabelText('Mật khẩu của tệp'), PASS);
    await user.click(screen.getByRole('button', { name: 'Nhập tệp' }));
    expect(await screen.findByRole('status', {}, { timeout: 10_000 })).toHaveTextContent(
      'Đã nhập: 1 thay đổi mới được ghi, 0 thay đổi đã có từ trước, 0 thay đổi bị từ chối.',
    );
    const sent = calls.find((c) => c.path === '/backup-import');
    expect(sent?.body).toEqual(content);
    expect(JSON.stringify(sent?.body)).not.toContain(PASS);
  }, 20_000);

  it('posts the records without the photos, then each photo, and counts stored, held and refused', async () => {
    const photos = [photo('a'.repeat(64)), photo('b'.repeat(64)), photo('c'.repeat(64))];
    const answers = [
      reply(200, { status: 'stored' }),
      reply(200, { status: 'duplicate' }),
      reply(422, { error: 'photo_hash_mismatch', reason: 'errors.photoHash' }),
    ];
    const calls = stubAdminApi({
      'POST /backup-import': () => reply(200, { applied: 1, duplicate: 0, rejected: 0 }),
      'POST /backup-import/photo': () => answers.shift()!,
    });
    await renderRoutes(provinceRoutes, '/province/backup');
    const user = userEvent.setup();
    await user.upload(await screen.findByLabelText('Tệp sao lưu'), await backupFile({ photos }));
    await user.type(screen.getByLabelText('Mật khẩu của tệp'), PASS);
    await user.click(screen.getByRole('button', { name: 'Nhập tệp' }));
    expect(
      await screen.findByText(
        'Ảnh: 1 ảnh mới được lưu, 1 ảnh đã có từ trước, 1 ảnh bị từ chối.',
        {},
        { timeout: 10_000 },
      ),
    ).toHaveAttribute('role', 'status');
    expect(calls.find((c) => c.path === '/backup-import')?.body).toEqual(content);
    expect(calls.filter((c) => c.path === '/backup-import/photo').map((c) => c.body)).toEqual(
      photos.map((p) => ({ deviceId: 'device-1', hash: p.hash, type: 'image/jpeg', data: p.data })),
    );
  }, 20_000);
});
