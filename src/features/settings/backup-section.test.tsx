// The "Sao lưu" section: Vietnamese labels, inline errors for a short or mistyped passphrase, and a
// downloaded file that holds the unsent outbox with its own numbers — opening only with the passphrase —
// and, "Kèm ảnh" ticked by default when they fit, the unsent photos.
import { Blob as NodeBlob } from 'node:buffer';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { enrolSamplePhone } from '@tests/doubles/enrolment-fixtures';
import { renderRoutes } from '@tests/setup/render';
import { encodeHlc } from '@/domain/hlc';
import { openBackup } from '@/lib/backup-crypto';
import { BanSoDatabase } from '@/storage/database';
import { settingsRoutes } from './routes';

const PASS = 'mật khẩu của xã 2026';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

/** Node's Blob: fake-indexeddb's structured clone keeps it (jsdom's comes back as a plain object). */
const blob = (bytes: number[], type: string) => new NodeBlob([new Uint8Array(bytes)], { type }) as Blob;

async function addPhoto(db: BanSoDatabase, hash: string, bytes: number[], size = bytes.length) {
  await db.photos.add({
    hash,
    blob: blob(bytes, 'image/jpeg'),
    thumb: blob([9], 'image/webp'),
    type: 'image/jpeg',
    size,
    width: 1280,
    height: 960,
    state: 'waiting',
    takenAt: 1,
  });
}

function captureDownload(): () => Blob | undefined {
  let saved: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    saved = b as Blob;
    return 'blob:backup';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  return () => saved;
}

async function realPhoneWithUnsent(count: number) {
  const db = new BanSoDatabase(`backup-${Math.random()}`);
  for (let i = 0; i < count; i++)
    await db.outbox.add({
      table: 'trainingSessions',
      recordId: `r-${i}`,
      communeId: 'sample-bat-xat',
      actor: 'sample-member-1',
      hlc: encodeHlc({ millis: 1_790_000_000_000, counter: i, node: 'abcdef012345' }),
      schemaVersion: 1,
      patch: { topic: `Buổi ${i}` },
      createdAt: 1,
      status: 'pending',
    });
  enrolSamplePhone(db, 'device-1');
  return db;
}

describe('backup section in settings', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says what is unsent and refuses a short or mistyped passphrase inline', async () => {
    await realPhoneWithUnsent(2);
    await renderRoutes(settingsRoutes, '/more');
    expect(await screen.findByRole('heading', { name: 'Sao lưu' })).toBeInTheDocument();
    expect(await screen.findByText('Có 2 thay đổi chưa gửi.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Mật khẩu của tệp'), 'ngắn');
    await userEvent.click(screen.getByRole('button', { name: 'Tạo tệp sao lưu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Mật khẩu cần ít nhất 10 ký tự.');
    await userEvent.clear(screen.getByLabelText('Mật khẩu của tệp'));
    await userEvent.type(screen.getByLabelText('Mật khẩu của tệp'), PASS);
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu'), `${PASS}!`);
    await userEvent.click(screen.getByRole('button', { name: 'Tạo tệp sao lưu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Hai lần nhập mật khẩu không giống nhau.');
  });

  it('downloads a file holding the outbox with its numbers, opened only by the passphrase', async () => {
    await realPhoneWithUnsent(3);
    let saved: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      saved = b as Blob;
      return 'blob:backup';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await renderRoutes(settingsRoutes, '/more');
    await screen.findByText('Có 3 thay đổi chưa gửi.');
    await userEvent.type(screen.getByLabelText('Mật khẩu của tệp'), PASS);
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu'), PASS);
    await userEvent.click(screen.getByRole('button', { name: 'Tạo tệp sao lưu' }));
    expect(await screen.findByRole('status', {}, { timeout: 10_000 })).toHaveTextContent(
      'Đã tải tệp sao lưu về máy',
    );
    await waitFor(() => expect(saved).toBeDefined());
    const text = await saved!.text();
    expect(await openBackup(text, 'mật khẩu sai rồi')).toEqual({ ok: false, reason: 'wrongPassphrase' });
    const opened = await openBackup(text, PASS);
    expect(opened.ok && opened.content).toMatchObject({
      deviceId: 'device-1',
      communeId: 'sample-bat-xat',
      mutations: [{ seq: 1 }, { seq: 2 }, { seq: 3, id: 'r-2' }],
    });
  }, 20_000);

  it('ticks "Kèm ảnh" by default with the photos\' size, and the file carries them', async () => {
    const db = await realPhoneWithUnsent(1);
    await addPhoto(db, HASH_A, [0xff, 0xd8, 0xff, 1]);
    await addPhoto(db, HASH_B, [0xff, 0xd8, 0xff, 2, 3]);
    const saved = captureDownload();
    await renderRoutes(settingsRoutes, '/more');
    const box = await screen.findByRole('checkbox', { name: 'Kèm ảnh (2 ảnh chưa gửi, 9 B)' });
    expect(box).toBeChecked();
    await userEvent.type(screen.getByLabelText('Mật khẩu của tệp'), PASS);
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu'), PASS);
    await userEvent.click(screen.getByRole('button', { name: 'Tạo tệp sao lưu' }));
    await screen.findByRole('status', {}, { timeout: 10_000 });
    const opened = await openBackup(await saved()!.text(), PASS);
    expect(opened.ok && opened.content).toMatchObject({
      mutations: [{ seq: 1 }],
      photos: [
        { hash: HASH_A, type: 'image/jpeg', data: btoa('\xff\xd8\xff\x01'), thumbType: 'image/webp' },
        { hash: HASH_B, data: btoa('\xff\xd8\xff\x02\x03') },
      ],
    });
  }, 20_000);

  it('leaves photos out when the box is unticked, and offers it off when they do not fit', async () => {
    const db = await realPhoneWithUnsent(1);
    await addPhoto(db, HASH_A, [0xff, 0xd8, 0xff, 1]);
    const saved = captureDownload();
    await renderRoutes(settingsRoutes, '/more');
    await userEvent.click(await screen.findByRole('checkbox', { name: /Kèm ảnh/ }));
    await userEvent.type(screen.getByLabelText('Mật khẩu của tệp'), PASS);
    await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu'), PASS);
    await userEvent.click(screen.getByRole('button', { name: 'Tạo tệp sao lưu' }));
    await screen.findByRole('status', {}, { timeout: 10_000 });
    const opened = await openBackup(await saved()!.text(), PASS);
    expect(opened.ok && (opened.content as { photos?: unknown }).photos).toBeUndefined();

    await addPhoto(db, HASH_B, [0xff, 0xd8, 0xff, 2], 11 * 1024 * 1024);
    const box = await screen.findByRole('checkbox', { name: /Kèm ảnh \(2 ảnh chưa gửi, 11 MB\)/ });
    expect(box).not.toBeChecked();
    expect(box).toBeDisabled();
    expect(screen.getByText(/quá nặng để đưa vào tệp \(tối đa 10 MB\)/)).toBeInTheDocument();
  }, 20_000);
});
