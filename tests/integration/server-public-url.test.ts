// The public address phones use (PUBLIC_URL) over real HTTP: the codes page reads it from
// /api/v1/admin/server-info (admins only), null when unset; a malformed value stops the server at start.
import { ADMIN_API } from '@/protocol/admin-messages';
import { normalisePublicUrl } from '@/server/start-server';
import { BACKENDS, backendTitle } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

describe.each(BACKENDS)('server public address on $name', (backend) => {
  describe.skipIf(backend.skip !== null)(backendTitle(backend), () => {
    let configured: TestServer;
    let unset: TestServer;
    beforeAll(async () => {
      configured = await startTestServer({
        databaseUrl: backend.databaseUrl,
        publicUrl: 'https://banso.laocai.example/',
      });
      unset = await startTestServer({ databaseUrl: backend.databaseUrl });
    }, 120_000);
    afterAll(async () => {
      await configured?.close();
      await unset?.close();
    });

    const info = async (server: TestServer, token: string | null = server.adminToken) => {
      const res = await fetch(server.url + ADMIN_API.serverInfo, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { status: res.status, body: (await res.json()) as unknown };
    };

    it('tells a signed-in administrator the configured address, without its trailing slash', async () => {
      expect(await info(configured)).toEqual({
        status: 200,
        body: { publicUrl: 'https://banso.laocai.example' },
      });
    });

    it('answers null when PUBLIC_URL is not set, and 401 without a session', async () => {
      expect(await info(unset)).toEqual({ status: 200, body: { publicUrl: null } });
      expect((await info(unset, null)).status).toBe(401);
    });
  });
});

describe('PUBLIC_URL', () => {
  it('is normalised and must be an http(s) address', () => {
    expect(normalisePublicUrl('https://banso.example.vn/')).toBe('https://banso.example.vn');
    expect(normalisePublicUrl('https://example.vn/ban-so/')).toBe('https://example.vn/ban-so');
    expect(normalisePublicUrl('')).toBeNull();
    expect(() => normalisePublicUrl('banso.example.vn')).toThrow(/PUBLIC_URL/);
    expect(() => normalisePublicUrl('ftp://example.vn')).toThrow(/https/);
  });
});
