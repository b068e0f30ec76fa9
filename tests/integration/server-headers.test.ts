// Security headers from @fastify/helmet on the app and the API alike: a CSP with scripts from this origin
// only (no inline script, no eval), frame-ancestors 'none', nosniff, no referrer.
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

describe('security headers', () => {
  const dist = mkdtempSync(join(tmpdir(), 'ban-so-dist-'));
  let app: FastifyInstance;
  let url: string;
  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Bản Số</title>');
    writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {});');
    app = await buildApp({ db: noDatabase, now: Date.now }, { distDir: dist });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it.each([
    '/',
    '/province/accounts',
    '/sw.js',
    '/api/v1/health',
    '/api/v1/admin/overview',
    '/api/v1/nothing',
  ])('%s carries the CSP, frame-ancestors none, nosniff and no-referrer', async (path) => {
    const res = await fetch(url + path);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')];
      }),
    );
    expect(directives['script-src']).toBe("'self'");
    expect(directives['default-src']).toBe("'self'");
    expect(directives['frame-ancestors']).toBe("'none'");
    expect(directives['object-src']).toBe("'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
