// "Khôi phục từ tệp sao lưu" on a phone of the same commune: a file's changes and photos become this
// phone's records, outbox and waiting photos; a wrong passphrase, another commune's file and a file
// already restored are said in plain Vietnamese, and change nothing on the phone.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { enrolSamplePhone, SAMPLE_COMMUNE } from '@tests/doubles/enrolment-fixtures';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { renderRoutes } from '@tests/setup/render';
import { encodeHlc } from '@/domain/hlc';
import { sealBackup } from '@/lib/backup-crypto';
import type { BackupContent } from '@/protocol/backup-messages';
import { BanSoDatabase } from '@/storage/database';
import { settingsRoutes } from './routes';

const PASS = 'mật khẩu của xã 2026';
const COMMUNE = SAMPLE_COMMUNE;
const PHOTO = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function fileOf(communeId = COMMUNE): Promise<{ file: File; content: BackupContent }> {
  const hash = await sha256(PHOTO);
  const content: BackupContent = {
    deviceId: 'old-phone',
    communeId,
    createdAt: 1,
    mutations: [
      {
        seq: 7,
        table: 'trainingSessions',
        id: 'session-1',
        communeId,
        actor: 'sample-member-1',
        hlc: encodeHlc({ millis: Date.now() - 60_000, counter: 0, node: 'oldphone0001' }),
        schemaVersion: 1,
        patch: { ...trainingContent('sample-bx-suoi-chai', 'Nhà văn hóa'), photos: [hash], deleted: false },
      },
    ],
    photos: [
      {
        hash,
        type: 'image/jpeg',
        width: 10,
        height: 10,
        takenAt: 1,
        data: btoa(String.fromCharCode(...PHOTO)),
        thumbType: 'image/webp',
        thumb: btoa('thumb'),
      },
    ],
  };
  const sealed = await sealBackup(content, PASS);
  return { content, file: new File([JSON.stringify(sealed)], 'sao-luu.json', { type: 'application/json' }) };
}

function enrolledPhone(): BanSoDatabase {
  const db = new BanSoDatabase(`restore-${Math.random()}`);
  enrolSamplePhone(db, 'new-phone');
  return db;
}

async function restore(file: File, passphrase = PASS) {
  const section = await screen.findByRole('region', { name: 'Khôi phục từ tệp sao lưu' });
  await userEvent.upload(await screen.findByLabelText('Tệp sao lưu'), file);
  const field = screen.getByLabelText('Mật khẩu của tệp sao lưu');
  await userEvent.clear(field);
  await userEvent.type(field, passphrase);
  await userEvent.click(screen.getByRole('button', { name: 'Khôi phục' }));
  return section;
}

describe('restore from a backup file in settings', () => {
  it("makes the file's changes and photos this phone's own, waiting to be sent", async () => {
    const db = enrolledPhone();
    const { file, content } = await fileOf();
    await renderRoutes(settingsRoutes, '/more');
    expect(await screen.findByText(/chuyển sang điện thoại mới của cùng xã/)).toBeInTheDocument();
    await restore(file);
    expect(
      await screen.findByText(/Đã khôi phục 1 thay đổi và 1 ảnh/, {}, { timeout: 10_000 }),
    ).toHaveAttribute('role', 'status');
    const [entry] = await db.outbox.toArray();
    expect(entry).toMatchObject({ recordId: 'session-1', status: 'pending', hlc: content.mutations[0]!.hlc });
    expect(entry!.seq).toBe(1); // this phone's own number, not the old phone's 7
    expect(await db.trainingSessions.get('session-1')).toMatchObject({ place: 'Nhà văn hóa' });
    expect(await db.photos.get(content.photos![0]!.hash)).toMatchObject({
      state: 'waiting',
      size: PHOTO.length,
    });

    await restore(file);
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Tệp này đã được khôi phục trên máy này rồi, không có gì mới.',
    );
    expect(await db.outbox.count()).toBe(1);
  }, 30_000);

  it("says a wrong passphrase and another commune's file plainly, and changes nothing", async () => {
    const db = enrolledPhone();
    await renderRoutes(settingsRoutes, '/more');
    await restore((await fileOf()).file, 'mật khẩu sai rồi');
    expect(await screen.findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'Sai mật khẩu, hoặc tệp đã bị thay đổi.',
    );
    await restore((await fileOf('sample-sa-pa')).file);
    expect(await screen.findByText(/Tệp này là của xã khác/, {}, { timeout: 10_000 })).toHaveAttribute(
      'role',
      'alert',
    );
    expect(await db.outbox.count()).toBe(0);
    expect(await db.trainingSessions.count()).toBe(0);
    expect(await db.photos.count()).toBe(0);
  }, 30_000);
});
