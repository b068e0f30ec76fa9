// Starts one province server: opens the database (PGlite in a locked data directory or in memory, or
// PostgreSQL), applies migrations, runs the first-start setup, builds the app and listens. Shared by
// `main.ts` and the integration-test harness, so tests run exactly what production runs.
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Database } from './db/database';
import { lockDataDir, type DataDirLock } from './db/data-dir-lock';
import { migrate } from './db/migrate';
import { openPglite } from './db/pglite-database';
import { openPostgres } from './db/pg-database';
import { buildApp } from './http/build-app';
import type { PhotoOptions } from './photos/photo-options';
import { ensureAdmin, installSamples } from './setup/first-start';

export interface StartOptions {
  port: number;
  host: string;
  /** postgres://… selects PostgreSQL; otherwise PGlite. */
  databaseUrl?: string;
  /** PostgreSQL schema to use (created if missing); tests use a fresh one each. */
  schema?: string;
  /** PGlite data directory; undefined keeps the data in memory. */
  dataDir?: string;
  /** PGlite: start from this dump instead of an empty database. */
  loadDataDir?: Blob;
  samples: boolean;
  adminPassword?: string;
  distDir?: string;
  logger?: FastifyServerOptions['logger'];
  trustProxy?: boolean;
  /** PUBLIC_URL: the https:// address phones reach this server at (enrolment QR codes encode it). */
  publicUrl?: string | null;
  now?: () => number;
  /** Where photos are kept (default: in the database). */
  photos?: PhotoOptions;
}

export interface RunningServer {
  app: FastifyInstance;
  db: Database;
  url: string;
  /** Set when this start created the administrator. */
  adminPassword: string | null;
  close(): Promise<void>;
}

export async function openDatabase(
  opts: Pick<StartOptions, 'databaseUrl' | 'schema' | 'dataDir' | 'loadDataDir'>,
) {
  if (opts.databaseUrl && /^postgres(ql)?:\/\//.test(opts.databaseUrl))
    return {
      db: await openPostgres({ connectionString: opts.databaseUrl, schema: opts.schema }),
      lock: null,
    };
  const lock: DataDirLock | null = opts.dataDir ? lockDataDir(opts.dataDir) : null;
  try {
    return { db: await openPglite({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir }), lock };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** "https://banso.example.vn/" → "https://banso.example.vn"; refuses a value that is not an http(s) URL. */
export function normalisePublicUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_URL must start with https:// (or http://): ${value}`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const now = opts.now ?? Date.now;
  const { db, lock } = await openDatabase(opts);
  try {
    await migrate(db);
    const adminPassword = await ensureAdmin(db, now(), opts.adminPassword);
    if (opts.samples) await installSamples(db, now());
    const app = await buildApp(
      { db, now, publicUrl: normalisePublicUrl(opts.publicUrl) },
      { logger: opts.logger, distDir: opts.distDir, trustProxy: opts.trustProxy, photos: opts.photos },
    );
    const address = await app.listen({ port: opts.port, host: opts.host });
    const port = new URL(address).port;
    const url = `http://${opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host}:${port}`;
    let closed = false;
    return {
      app,
      db,
      url,
      adminPassword,
      async close() {
        if (closed) return;
        closed = true;
        await app.close();
        await db.close();
        lock?.release();
      },
    };
  } catch (err) {
    await db.close().catch(() => undefined);
    lock?.release();
    throw err;
  }
}
