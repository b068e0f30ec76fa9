// Security headers from @fastify/helmet on the app and the API alike: a CSP with scripts from this origin
// only (no inline script, no eval), frame-ancestors 'none', nosniff, no referrer.
import { startShellServer, type ShellServer } from './support/shell-server';

describe('security headers', () => {
  let server: ShellServer;
  let url: string;
  beforeAll(async () => {
    server = await startShellServer();
    url = server.url;
  });
  afterAll(async () => {
    await server.close();
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
