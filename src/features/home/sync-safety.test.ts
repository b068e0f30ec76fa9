import { BanSoDatabase } from '@/storage/database';
import { META, setMeta } from '@/storage/meta';
import { readSyncSafety, sinceKind } from './sync-safety';

const entry = (status: 'pending' | 'rejected') => ({
  table: 'trainingSessions' as const,
  recordId: 'r1',
  communeId: 'c1',
  actor: 'm1',
  hlc: '0000000000000:0000:a',
  schemaVersion: 1,
  patch: {},
  createdAt: 0,
  status,
});

describe('sync safety', () => {
  it('counts pending and rejected outbox entries and reads the last successful sync', async () => {
    const db = new BanSoDatabase('safety-1');
    expect(await readSyncSafety(db)).toMatchObject({ pending: 0, rejected: 0, lastSyncAt: null });
    await db.outbox.bulkAdd([entry('pending'), entry('pending'), entry('rejected')]);
    await setMeta(db, META.lastSyncAt, 1_764_000_000_000);
    expect(await readSyncSafety(db)).toMatchObject({
      pending: 2,
      rejected: 1,
      lastSyncAt: 1_764_000_000_000,
    });
  });

  it('describes a sync time as today, yesterday or earlier by the local calendar day', () => {
    const now = new Date(2026, 10, 25, 9, 0);
    expect(sinceKind(new Date(2026, 10, 25, 0, 1).getTime(), now)).toBe('today');
    expect(sinceKind(new Date(2026, 10, 24, 23, 59).getTime(), now)).toBe('yesterday');
    expect(sinceKind(new Date(2026, 10, 24, 0, 0).getTime(), now)).toBe('yesterday');
    expect(sinceKind(new Date(2026, 10, 23, 23, 59).getTime(), now)).toBe('earlier');
  });
});
