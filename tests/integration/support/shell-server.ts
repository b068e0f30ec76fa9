// The app on a built PWA shell and no database: a temporary dist/ holding index.html, sw.js and the
// given assets, served by the real Fastify app on a free port (for tests of serving and headers).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '@/server/db/database';
import { buildApp } from '@/server/http/build-app';

const noDatabase: Database = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database in this test')),
  transaction: () => Promise.reject(new Error('no database in this test')),
  exec: () => Promise.reject(new Error('no database in this test')),
  close: () => Promise.resolve(),
};

export interface ShellServer {
  url: string;
  close(): Promise<void>;
}

/** `assets`: file name under dist/assets → content. */
export async function startShellServer(assets: Record<string, string> = {}): Promise<ShellServer> {
  const dist = mkdtempSync(join(tmpdir(), 'ban-so-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Bản Số</title>');
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {});');
  for (const [name, content] of Object.entries(assets)) writeFileSync(join(dist, 'assets', name), content);
  const app = await buildApp({ db: noDatabase, now: Date.now }, { distDir: dist });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    async close() {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}
