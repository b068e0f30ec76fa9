// Browser entry of the photo benchmark (bundled with esbuild): the app's own compression and photo store,
// and a camera-like 12-megapixel JPEG made by Chromium's encoder.
import { compressPhoto } from '@/lib/photo-compress';
import { BanSoDatabase } from '@/storage/database';
import { savePhoto } from '@/storage/photos';

const db = new BanSoDatabase('ban-so-photo-bench');

async function cameraJpeg(width: number, height: number, seed: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const g = canvas.getContext('2d')!;
  const grad = g.createLinearGradient(0, 0, width, height);
  grad.addColorStop(0, '#7a5');
  grad.addColorStop(1, '#358');
  g.fillStyle = grad;
  g.fillRect(0, 0, width, height);
  let s = seed;
  const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 3000; i++) {
    g.fillStyle = `hsl(${Math.floor(rnd() * 360)},60%,${Math.floor(25 + rnd() * 60)}%)`;
    g.fillRect(rnd() * width, rnd() * height, 4 + (rnd() * width) / 20, 4 + (rnd() * height) / 20);
  }
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
}

let camera: Blob | null = null;

const photoBench = {
  async prepare(seed: number): Promise<number> {
    camera = await cameraJpeg(4000, 3000, seed);
    return camera.size;
  },
  /** Compress + hash + store the prepared photo; returns ms and what was stored. */
  async storeOne(): Promise<{ ms: number; hash: string; size: number; type: string }> {
    const started = performance.now();
    const compressed = await compressPhoto(camera!);
    const hash = await savePhoto(db, compressed);
    const ms = performance.now() - started;
    return { ms, hash, size: compressed.blob.size, type: compressed.type };
  },
  /** The stored bytes of a photo, base64, for the upload half of the benchmark. */
  async bytesOf(hash: string): Promise<string> {
    const row = await db.photos.get(hash);
    const bytes = new Uint8Array(await row!.blob.arrayBuffer());
    let bin = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(bin);
  },
};

(globalThis as unknown as { photoBench: typeof photoBench }).photoBench = photoBench;
