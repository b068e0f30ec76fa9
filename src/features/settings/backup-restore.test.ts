// restoreBackup's all-or-nothing: a failure part-way through (here the second outbox write) leaves the
// phone exactly as it was — no record, no outbox entry, no photo, no "restored" mark — so the user can
// simply try again.
import { encodeHlc } from '@/domain/hlc';
import type { BackupContent } from '@/protocol/backup-messages';
import { BanSoDatabase } from '@/storage/database';
import { SAMPLE_COMMUNE, sampleEnrolment } from '@tests/doubles/enrolment-fixtures';
import { trainingContent } from '@tests/doubles/sync-fixtures';
import { RESTORED_FROM, restoreBackup } from './backup-restore';

const COMMUNE = SAMPLE_COMMUNE;
const enrolment = sampleEnrolment('new-phone');

const mutation = (seq: number, id: string) => ({
  seq,
  table: 'trainingSessions' as const,
  id,
  communeId: COMMUNE,
  actor: 'sample-member-1',
  hlc: encodeHlc({ millis: Date.now() - 1000, counter: seq, node: 'oldphone0001' }),
  schemaVersion: 1,
  patch: { ...trainingContent('sample-bx-suoi-chai', `Nơi ${seq}`), deleted: false },
});

const file: BackupContent = {
  deviceId: 'old-phone',
  communeId: COMMUNE,
  createdAt: 1,
  mutations: [mutation(1, 's-1'), mutation(2, 's-2')],
};

describe('restoring a backup file', () => {
  it('applies nothing when it fails part-way (one Dexie transaction)', async () => {
    const db = new BanSoDatabase(`restore-unit-${Math.random()}`);
    const add = db.outbox.add.bind(db.outbox);
    let calls = 0;
    vi.spyOn(db.outbox, 'add').mockImplementation((entry) => {
      calls += 1;
      if (calls === 2) throw new Error('disk full');
      return add(entry);
    });
    await expect(restoreBackup(db, enrolment, file, Date.now())).rejects.toThrow('disk full');
    expect(await db.trainingSessions.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.get(RESTORED_FROM)).toBeUndefined();

    vi.restoreAllMocks();
    expect(await restoreBackup(db, enrolment, file, Date.now())).toEqual({ ok: true, changes: 2, photos: 0 });
    expect(await db.trainingSessions.count()).toBe(2);
  });

  it('refuses a file this very phone made: its changes are still in its outbox', async () => {
    const db = new BanSoDatabase(`restore-unit-${Math.random()}`);
    expect(await restoreBackup(db, { ...enrolment, deviceId: 'old-phone' }, file, Date.now())).toEqual({
      ok: false,
      reason: 'sameDevice',
    });
    expect(await db.outbox.count()).toBe(0);
  });
});
