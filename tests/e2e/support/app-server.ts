// Starts what the browser tests talk to: the real province server (src/server/main.ts, on PGlite in a
// temporary DATA_DIR, serving dist/ and /api) when it exists, else the static server for dist/.
// E2E_SERVER=static|real forces one.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type RunningServer } from './static-server';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const DIST = join(ROOT, 'dist');
const SERVER_ENTRY = join(ROOT, 'src', 'server', 'main.ts');

export type ServerKind = 'real' | 'static';
/** The province administrator's password on the e2e server (set on its first start). */
export const E2E_ADMIN_PASSWORD = 'e2e-admin-password-1';

export function serverKind(): ServerKind {
  const forced = process.env.E2E_SERVER;
  if (forced === 'static' || forced === 'real') return forced;
  return existsSync(SERVER_ENTRY) ? 'real' : 'static';
}

export interface AppServer extends RunningServer {
  kind: ServerKind;
  dataDir: string | null;
  output: () => string;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function waitForHttp(url: string, timeoutMs: number, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error('the server exited before it answered');
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

export async function startAppServer(
  kind: ServerKind = serverKind(),
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<AppServer> {
  if (kind === 'static') {
    const server = await startStaticServer(DIST);
    return { ...server, kind, dataDir: null, output: () => '' };
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ban-so-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    PHOTO_DIR: `${dataDir}-photos`,
    HOST: '127.0.0.1',
    ADMIN_PASSWORD: E2E_ADMIN_PASSWORD,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [SERVER_ENTRY], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/`, 60000, () => !exited);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log}`, { cause: error });
  }
  return {
    kind,
    url,
    dataDir,
    output: () => log,
    stop: async () => {
      if (!exited) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
