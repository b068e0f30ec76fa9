// Photo evidence end to end (issue 8), at 360×740 with a real camera-sized JPEG: taken offline on a
// training session → reload → still there → records sync → the photo uploads with tus → the link is
// cut mid-upload → it resumes from the server's offset (finished pieces never resent) → the province's
// copy has the phone's SHA-256, with no location metadata.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { adminToken, enrolmentCode } from './support/admin';
import { unique } from './support/demo';
import { expectVisible, test } from './support/harness';
import { COMMUNE, enrolPhone, syncByHand } from './support/phone';
import { cameraJpeg } from './support/photo-fixture';

interface LocalPhoto {
  hash: string;
  size: number;
  type: string;
  state: string;
  width: number;
  height: number;
  hasExif: boolean;
}

const localPhotos = `new Promise((resolve, reject) => {
  const open = indexedDB.open('ban-so');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const tx = open.result.transaction('photos', 'readonly');
    const all = tx.objectStore('photos').getAll();
    tx.oncomplete = async () => {
      const out = [];
      for (const p of all.result) {
        const text = new TextDecoder('latin1').decode(await p.blob.arrayBuffer());
        out.push({ hash: p.hash, size: p.size, type: p.type, state: p.state, width: p.width, height: p.height,
          hasExif: text.includes('Exif') || text.includes('GPSLatitude') });
      }
      open.result.close();
      resolve(out);
    };
  };
})`;

test('photo: taken offline, kept across a reload, uploaded after the records, resumed after a cut link', async (t) => {
  const token = await adminToken(t.server);
  const context = await t.newPhone();
  const page = await enrolPhone(context, t.server.url, await enrolmentCode(t.server, token, COMMUNE));
  const photo = await cameraJpeg(page, 4000, 3000); // a 12-megapixel camera photo with GPS in EXIF

  await context.setOffline(true);
  await page.reload();
  const place = unique('Ảnh minh chứng');
  await page.getByRole('link', { name: 'Ghi buổi tập huấn' }).first().click();
  await expectVisible(page, 'the training form', page.getByLabel('Địa điểm'));
  await page.getByLabel('Địa điểm').fill(place);
  await page.getByRole('checkbox', { name: 'Thanh toán điện tử, mã QR' }).check();
  await page.getByRole('spinbutton', { name: 'Tổng số người tham gia' }).fill('14');
  await page
    .getByTestId('photo-gallery-input')
    .setInputFiles({ name: 'lop-hoc.jpg', mimeType: 'image/jpeg', buffer: photo });
  await expectVisible(
    page,
    'the photo thumbnail in the form',
    page.getByRole('img', { name: 'Ảnh minh chứng 1' }),
    20000,
  );
  await page.getByRole('button', { name: 'Lưu buổi tập huấn' }).click();
  await page.waitForURL((u) => u.pathname === '/training');

  const [stored] = (await page.evaluate(localPhotos)) as LocalPhoto[];
  assert.ok(stored, 'the photo is in IndexedDB');
  assert.ok(stored.size <= 150 * 1024, `stored ${stored.size} bytes ≤ 150 KB`);
  assert.equal(Math.max(stored.width, stored.height), 1280);
  assert.ok(['image/webp', 'image/jpeg'].includes(stored.type));
  assert.equal(stored.hasExif, false, 'no EXIF / GPS in the stored photo');
  assert.equal(stored.state, 'waiting');

  await page.reload(); // still offline: the service worker serves the app
  await page.goto(new URL('/', page.url()).href);
  await expectVisible(page, '"1 ảnh chờ gửi" on the home screen', page.getByText('1 ảnh chờ gửi').first());
  await page.goto(new URL('/training', page.url()).href);
  await page.getByText(place).click();
  await expectVisible(
    page,
    'the photo after a reload',
    page.getByRole('img', { name: 'Ảnh minh chứng 1' }),
    15000,
  );

  // Online again; the first upload is cut after its first piece.
  await context.setOffline(false);
  const patches: { offset: number; bytes: number }[] = [];
  let cut = true;
  await context.route('**/api/v1/photos/uploads/**', async (route) => {
    const request = route.request();
    if (request.method() !== 'PATCH') return route.continue();
    const offset = Number(request.headers()['upload-offset']);
    if (cut && patches.length >= 1) return route.abort('connectionreset');
    patches.push({ offset, bytes: request.postDataBuffer()?.length ?? 0 });
    return route.continue();
  });
  await syncByHand(page); // records first; then photos start (and are cut)
  const waitFor = async (what: string, check: () => Promise<boolean>, ms = 30000) => {
    const deadline = Date.now() + ms;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await page.waitForTimeout(250);
    }
  };
  await waitFor('the first piece', async () => patches.length >= 1);
  await page.waitForTimeout(1500);
  assert.equal(
    ((await page.evaluate(localPhotos)) as LocalPhoto[])[0]?.state,
    'waiting',
    'cut: still waiting',
  );

  cut = false;
  await syncByHand(page);
  await waitFor(
    'the photo sent',
    async () => ((await page.evaluate(localPhotos)) as LocalPhoto[])[0]?.state === 'sent',
  );
  const resumedAt = patches[1]?.offset ?? -1;
  assert.ok(
    resumedAt >= patches[0]!.bytes,
    `resumed at ${resumedAt}, after the finished piece (${patches[0]!.bytes})`,
  );
  const sentBytes = patches.reduce((s, p) => s + p.bytes, 0);
  assert.equal(sentBytes, stored.size, 'every byte sent exactly once');

  const res = await fetch(`${t.server.url}/api/v1/admin/photos/${stored.hash}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  assert.equal(res.status, 200);
  const serverHash = createHash('sha256')
    .update(Buffer.from(await res.arrayBuffer()))
    .digest('hex');
  assert.equal(serverHash, stored.hash, "the province's copy has the phone's SHA-256");
  await page.goto(new URL('/', page.url()).href);
  await expectVisible(page, 'the home screen', page.getByRole('heading', { name: 'Trang chủ', level: 1 }));
  assert.equal(await page.getByText(/ảnh chờ gửi/).count(), 0, 'no photo waiting any more');
}, 240000);
