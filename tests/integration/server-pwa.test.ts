// The server serves the built PWA on the API's port: hashed assets immutable, the service worker and
// index.html revalidated, client-side routes falling back to index.html, and API paths never to it.
import { startShellServer, type ShellServer } from './support/shell-server';

describe('serving the PWA', () => {
  let server: ShellServer;
  let url: string;
  beforeAll(async () => {
    server = await startShellServer({ 'index-abc123.js': 'console.log(1)' });
    url = server.url;
  });
  afterAll(async () => {
    await server.close();
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
