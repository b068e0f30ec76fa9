// Entry point of the province server (`npm start` builds the PWA first; `npm run serve` does not).
// Environment: PORT (8080), HOST (0.0.0.0), DATA_DIR (./data/pglite), DATABASE_URL (postgres://… for
// PostgreSQL), ADMIN_PASSWORD (first start only), BAN_SO_SAMPLES=0 (no sample catalogs), TRUST_PROXY=1,
// TOMBSTONE_DAYS (365: deletes older than this are purged; phones further behind get a clean reset; remembered
// rejections older than this are forgotten too), PUBLIC_URL (https://… address phones use; enrolment QR
// codes encode it).
// PHOTO_STORE (disk | database), PHOTO_DIR (./data/photos), PHOTO_DAILY_LIMIT (200 photos per device a day).
import { fileURLToPath } from 'node:url';
import { DataDirLockedError } from './db/data-dir-lock';
import { DEFAULT_DAILY_PHOTO_LIMIT } from './photos/photo-options';
import { startServer } from './start-server';
import { pruneExpired } from './db/prune-expired';
import { purgeTombstones } from './sync/purge-tombstones';
import { ADMIN_USERNAME } from './setup/first-start';

const env = process.env;
const distDir = fileURLToPath(new URL('../../dist', import.meta.url));

function signInBanner(url: string, password: string): string {
  const lines = [
    'Bản Số — tài khoản quản trị tỉnh đã được tạo / province administrator created',
    `  Mở / open:            ${url}/province`,
    `  Tên đăng nhập / user: ${ADMIN_USERNAME}`,
    `  Mật khẩu / password:  ${password}`,
    'Mật khẩu chỉ hiện MỘT LẦN: hãy ghi lại ngay. / Shown ONCE: write it down now.',
  ];
  const bar = '='.repeat(78);
  return `\n${bar}\n${lines.join('\n')}\n${bar}\n\n`;
}

async function main(): Promise<void> {
  const databaseUrl = env.DATABASE_URL || undefined;
  const server = await startServer({
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    dataDir: databaseUrl ? undefined : (env.DATA_DIR ?? './data/pglite'),
    samples: env.BAN_SO_SAMPLES !== '0',
    adminPassword: env.ADMIN_PASSWORD,
    distDir,
    trustProxy: env.TRUST_PROXY === '1',
    publicUrl: env.PUBLIC_URL || null,
    logger: { level: env.LOG_LEVEL ?? 'info' },
    // Photos on disk beside the PGlite data by default; PHOTO_STORE=database keeps them in PostgreSQL
    // itself, for several servers behind one load balancer.
    photos: {
      store: env.PHOTO_STORE === 'database' ? 'database' : 'disk',
      dir: env.PHOTO_DIR ?? './data/photos',
      dailyLimitPerDevice: Number(env.PHOTO_DAILY_LIMIT ?? DEFAULT_DAILY_PHOTO_LIMIT),
    },
  });
  server.app.log.info({ url: server.url, database: server.db.kind }, 'Bản Số server listening');
  if (server.adminPassword !== null) {
    server.app.log.warn(
      { username: ADMIN_USERNAME },
      'province administrator created; password printed once on stdout',
    );
    if (!env.ADMIN_PASSWORD) process.stdout.write(signInBanner(server.url, server.adminPassword));
  }
  // Purging is idempotent, so several servers on one PostgreSQL may each run it.
  const keepMs = Number(env.TOMBSTONE_DAYS ?? 365) * 86_400_000;
  const purge = setInterval(() => {
    purgeTombstones(server.db, Date.now() - keepMs).then(
      (n) => n > 0 && server.app.log.info({ purged: n }, 'old tombstones purged'),
      (err: unknown) => server.app.log.error({ err }, 'tombstone purge failed'),
    );
  }, 6 * 3_600_000);
  purge.unref();
  // Expired sessions, dead codes, closed rate-limit windows and old remembered rejections, every hour.
  const prune = setInterval(() => {
    const now = Date.now();
    pruneExpired(server.db, { now, rejectionsOlderThan: now - keepMs }).then(
      (n) => server.app.log.info({ pruned: n }, 'expired rows pruned'),
      (err: unknown) => server.app.log.error({ err }, 'pruning failed'),
    );
  }, 3_600_000);
  prune.unref();
  const stop = (signal: string) => {
    clearInterval(purge);
    clearInterval(prune);
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof DataDirLockedError) process.stderr.write(`\n${err.message}\n\n`);
  else
    process.stderr.write(
      `Bản Số server failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  process.exit(1);
});
