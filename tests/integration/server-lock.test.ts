// PGlite has no lock across processes, so the server holds one on its data directory: a second server
// on the same directory refuses to start with a clear error, and a lock left by a dead server is taken over.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError } from '@/server/db/data-dir-lock';
import { startServer, type StartOptions } from '@/server/start-server';

describe('the PGlite data directory lock', () => {
  const root = mkdtempSync(join(tmpdir(), 'ban-so-lock-'));
  const dataDir = join(root, 'pglite');
  const opts: StartOptions = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    samples: false,
    adminPassword: 'lock-test-password',
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('refuses a second server on the same directory, then lets it start once the first has stopped', async () => {
    const first = await startServer(opts);
    try {
      expect(existsSync(`${dataDir}.lock`)).toBe(true);
      const second = startServer(opts);
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toThrow(/in use by another Bản Số server \(PID \d+\)/);
      await first.db.query(`INSERT INTO settings (key, value) VALUES ('marker', 'kept')`);
    } finally {
      await first.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    const again = await startServer(opts);
    try {
      expect(await again.db.query(`SELECT value FROM settings WHERE key = 'marker'`)).toEqual([
        { value: 'kept' },
      ]);
    } finally {
      await again.close();
    }
  }, 120_000);

  it('takes over a stale lock whose process is gone', async () => {
    writeFileSync(`${dataDir}.lock`, '2147483646');
    const server = await startServer(opts);
    try {
      const health = await fetch(`${server.url}/api/v1/health`);
      expect(await health.json()).toEqual({ ok: true, database: 'pglite' });
    } finally {
      await server.close();
    }
  }, 120_000);
});
