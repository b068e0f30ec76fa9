// PGlite has no lock across processes, so the server holds one on its data directory: a second server
// on the same directory refuses to start with a clear error, and a lock left by a dead server is taken over.
import { execFile } from 'node:child_process';
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

  it('refuses a second server process (npm run serve) on the directory with a clear message', async () => {
    const first = await startServer(opts);
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', 'tsx', 'src/server/main.ts'],
          { env: { ...process.env, DATA_DIR: dataDir, PORT: '0', DATABASE_URL: '' }, timeout: 60_000 },
          (err, _stdout, stderr) =>
            resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stderr }),
        );
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`in use by another Bản Số server (PID ${process.pid})`);
    } finally {
      await first.close();
    }
  }, 120_000);

  it.each([
    ['whose process is gone', '2147483646'],
    ['left with this PID by an earlier run (containers restart as PID 1)', String(process.pid)],
  ])(
    'takes over a stale lock %s',
    async (_why, pid) => {
      writeFileSync(`${dataDir}.lock`, pid);
      const server = await startServer(opts);
      try {
        const health = await fetch(`${server.url}/api/v1/health`);
        expect(await health.json()).toEqual({ ok: true, database: 'pglite' });
      } finally {
        await server.close();
      }
    },
    120_000,
  );
});
