// The server serves the built PWA on the API's port: hashed assets immutable, the service worker and
// index.html revalidated, client-side routes falling back to index.html, and API paths never to it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Database } from '@/server/db/database';
import { buildApp } from '@/server/http/build-app';

const noDatabase: Database = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database in this test')),
  transaction: () => Promise.reject(new Error('no database in this test')),
  exec: () => Promise.reject(new Error('no database in this test')),
  close: () => Promise.resolve(),
};

describe('serving the PWA', () => {
  const dist = mkdtempSync(join(tmpdir(), 'ban-so-dist-'));
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Bản Số</title>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {});');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    app = await buildApp({ db: noDatabase, now: Date.now }, { distDir: dist });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('marks hashed assets immutable and revalidates the service worker and index.html', async () => {
    const asset = await fetch(`${url}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${url}/sw.js`)).headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${url}/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers client-side routes with index.html and unknown API paths with a JSON 404', async () => {
    const route = await fetch(`${url}/province/devices`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>Bản Số</title>');
    const api = await fetch(`${url}/api/v1/unknown`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'not_found', reason: 'errors.notFound' });
  });
});
