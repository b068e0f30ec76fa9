// Real photo files for browser tests, made by Chromium's own JPEG encoder (no image library needed): a
// busy scene of the given size, with an EXIF segment carrying a GPS block spliced in after the JPEG's
// start, as a phone camera writes it. What the app stores must carry none of it.
import type { Page } from 'playwright-core';

const MAKE = `async ([w, h]) => {
  const c = new OffscreenCanvas(w, h); const g = c.getContext('2d');
  const grad = g.createLinearGradient(0, 0, w, h); grad.addColorStop(0, '#7a5'); grad.addColorStop(1, '#358');
  g.fillStyle = grad; g.fillRect(0, 0, w, h);
  let s = 11; const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 3000; i++) {
    g.fillStyle = 'hsl(' + Math.floor(rnd() * 360) + ',60%,' + Math.floor(25 + rnd() * 60) + '%)';
    g.fillRect(rnd() * w, rnd() * h, 4 + rnd() * w / 20, 4 + rnd() * h / 20);
  }
  const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = ''; for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}`;

/** An APP1 Exif segment whose TIFF body names a GPS block (enough for a reader to call it located). */
function exifWithGps(): Buffer {
  const body = Buffer.concat([
    Buffer.from('Exif\0\0', 'latin1'),
    Buffer.from('MM\0*\0\0\0\x08GPSLatitude 22.33 N GPSLongitude 103.84 E', 'latin1'),
  ]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xe1]), length, body]);
}

export async function cameraJpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const b64 = await page.evaluate(`(${MAKE})([${width}, ${height}])`);
  const jpeg = Buffer.from(String(b64), 'base64');
  return Buffer.concat([jpeg.subarray(0, 2), exifWithGps(), jpeg.subarray(2)]);
}
