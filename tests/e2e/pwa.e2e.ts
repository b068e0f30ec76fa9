// The installable, offline app: the service worker takes control after one visit, every main screen
// opens with the network cut, and the manifest is Vietnamese with 192, 512 and maskable icons.
import assert from 'node:assert/strict';
import { expectVisible, test } from './support/harness';
import { openControlled, openOffline } from './support/pwa';

test('the service worker controls the page after one online visit', async (t) => {
  const context = await t.newPhone();
  const page = await openControlled(context, t.server.url);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, `${t.server.url}/`);
});

test('with the network cut, a reload opens the app and every main screen', async (t) => {
  const context = await t.newPhone();
  const page = await openOffline(context, t.server.url);
  assert.equal(await page.evaluate(() => navigator.onLine), false);
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await expectVisible(page, 'the bottom navigation', nav);
  for (const [label, path, heading] of [
    ['Tập huấn', '/training', 'Tập huấn Bình dân học vụ số'],
    ['Người bản số', '/helpers', 'Người bản số'],
    ['Thôn số', '/checklist', 'Tiêu chí Thôn số'],
    ['Thêm', '/more', 'Cài đặt'],
    ['Trang chủ', '/', 'Chào mừng đến với Bản Số'],
  ] as const) {
    await nav.getByRole('link', { name: label }).click();
    await page.waitForURL((u) => u.pathname === path);
    await expectVisible(page, `the ${label} screen`, page.getByRole('heading', { name: heading, level: 1 }));
    await page
      .getByText('Đang tải…')
      .waitFor({ state: 'hidden', timeout: 10000 })
      .catch(() => assert.fail(`${path} is still loading offline`));
  }
  // A deep link typed offline is answered by the service worker's navigation fallback.
  await page.goto(`${t.server.url}/checklist`);
  await expectVisible(
    page,
    'the checklist heading after a deep link',
    page.getByRole('heading', { level: 1 }),
  );
});

test('the manifest is Vietnamese, standalone, with 192, 512 and maskable icons', async (t) => {
  const context = await t.newPhone();
  const page = await context.newPage();
  await page.goto(t.server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  assert.ok(href, 'index.html links a manifest');
  const manifest = (await (await page.request.get(new URL(href, t.server.url).href)).json()) as {
    lang: string;
    display: string;
    start_url: string;
    icons: Array<{ src: string; sizes: string; purpose?: string }>;
  };
  assert.equal(manifest.lang, 'vi');
  assert.equal(manifest.display, 'standalone');
  const sizes = manifest.icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`);
  assert.ok(sizes.includes('192x192'), `icons: ${sizes.join(', ')}`);
  assert.ok(sizes.includes('512x512'), `icons: ${sizes.join(', ')}`);
  assert.ok(
    manifest.icons.some((i) => i.purpose?.includes('maskable')),
    'a maskable icon',
  );
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, t.server.url).href);
    assert.equal(res.status(), 200, `${icon.src} is served`);
    assert.equal(res.headers()['content-type'], 'image/png');
  }
});

test('the precache holds the app shell and nothing of /api', async (t) => {
  const context = await t.newPhone();
  const page = await openControlled(context, t.server.url);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  assert.ok(
    cached.some((u) => u === '/index.html'),
    'index.html is precached',
  );
  assert.ok(
    cached.some((u) => u.endsWith('.js')),
    'JS is precached',
  );
  assert.ok(
    cached.some((u) => u.endsWith('.css')),
    'CSS is precached',
  );
  assert.ok(
    cached.some((u) => u.endsWith('manifest.webmanifest')),
    'the manifest is precached',
  );
  assert.ok(
    cached.some((u) => u.startsWith('/icons/')),
    'icons are precached',
  );
  assert.deepEqual(
    cached.filter((u) => u.startsWith('/api')),
    [],
    'nothing of /api is cached',
  );
});
