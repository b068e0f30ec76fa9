// Test harness for everyone: the real province server (Fastify + migrations + sample catalogs) started
// in process on an ephemeral port of 127.0.0.1. PGlite in memory by default — initialised once per test
// process, dumped, and each server loads that dump (~0.4 s instead of ~2 s) — or PostgreSQL when
// `databaseUrl` is given, each server in a fresh schema that `close()` drops.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { ADMIN_API } from '@/protocol/admin-messages';
import type { Database } from '@/server/db/database';
import { migrate } from '@/server/db/migrate';
import type { PhotoOptions } from '@/server/photos/photo-options';
import { openPglite } from '@/server/db/pglite-database';
import { ensureAdmin, installSamples } from '@/server/setup/first-start';
import { startServer } from '@/server/start-server';

export interface TestServer {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
  /** A signed-in province administrator's session token (Authorization: Bearer …). */
  adminToken: string;
  /** A fresh one-time enrolment code for a commune (null: a province device). */
  enrolmentCode(communeId: string | null): Promise<string>;
  /** Runs SQL directly on the server's database (inspection and fault setup in tests). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  backend: 'pglite' | 'postgres';
  /** PostgreSQL only: the schema this server lives in (set it as search_path on your own connections). */
  schema: string | null;
  db: Database;
}

export interface TestServerOptions {
  databaseUrl?: string;
  /** The server's clock (defaults to Date.now), to test clock drift. */
  now?: () => number;
  /** PostgreSQL: join this existing schema (another test server's) instead of a fresh one — two
   * servers on one database. The server that created the schema drops it. */
  schema?: string;
  /** PUBLIC_URL as the server is started with it. */
  publicUrl?: string | null;
  /** Where the server keeps photos (default: in the database). */
  photos?: PhotoOptions;
  /** PGlite: keep the database in this directory (empty, or one an earlier server left), as `npm start`
   * does, instead of in memory. */
  dataDir?: string;
}

/** Random per process; a benchmark that reopens the database it kept sets BENCH_ADMIN_PASSWORD to sign in again. */
export const TEST_ADMIN_PASSWORD =
  process.env.BENCH_ADMIN_PASSWORD ?? `test-${randomBytes(9).toString('base64url')}`;
const SAMPLE_STAMP = Date.parse('2026-11-01T00:00:00Z');

let template: Promise<Blob> | undefined;
function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const db = await openPglite();
    await migrate(db);
    await ensureAdmin(db, SAMPLE_STAMP, TEST_ADMIN_PASSWORD);
    await installSamples(db, SAMPLE_STAMP);
    const dump = await db.pglite.dumpDataDir('gzip');
    await db.close();
    return dump;
  })();
  return template;
}

async function dropSchema(databaseUrl: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const schema = opts.databaseUrl ? (opts.schema ?? `t_${randomBytes(8).toString('hex')}`) : null;
  const ownsSchema = opts.schema === undefined;
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    ...(opts.databaseUrl && schema
      ? { databaseUrl: opts.databaseUrl, schema, samples: true }
      : opts.dataDir
        ? { dataDir: opts.dataDir, samples: true }
        : { loadDataDir: await pgliteTemplate(), samples: false }),
    adminPassword: TEST_ADMIN_PASSWORD,
    logger: false,
    now: opts.now,
    publicUrl: opts.publicUrl ?? null,
    photos: opts.photos,
  });
  const login = await fetch(server.url + ADMIN_API.login, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
  });
  if (!login.ok) throw new Error(`test server: admin sign-in failed (${login.status}) ${await login.text()}`);
  const { token: adminToken } = (await login.json()) as { token: string };
  return {
    url: server.url,
    adminToken,
    backend: server.db.kind,
    schema,
    db: server.db,
    query: <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
      server.db.query<T>(sql, params),
    async enrolmentCode(communeId) {
      const res = await fetch(server.url + ADMIN_API.enrolmentCodes, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ communeId }),
      });
      if (res.status !== 201)
        throw new Error(`test server: enrolment code failed (${res.status}) ${await res.text()}`);
      return ((await res.json()) as { code: string }).code;
    },
    async close() {
      // A test that cut a link may leave its half-sent request open: the server stops waiting for it.
      server.app.server.closeAllConnections();
      await server.close();
      if (opts.databaseUrl && schema && ownsSchema) await dropSchema(opts.databaseUrl, schema);
    },
  };
}
