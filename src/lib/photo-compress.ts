// A photo from the camera or gallery made small before anything is stored: decoded by the browser
// (createImageBitmap, EXIF orientation applied), drawn at ≤ 1280 px on its long side on an OffscreenCanvas
// and re-encoded as WebP (JPEG where WebP encoding is missing) at falling quality until ≤ 150 KB.
// Re-encoding through a canvas writes none of the original's metadata: GPS location is always dropped.
import { PHOTO_LONG_SIDE, PHOTO_MAX_BYTES, type PhotoType } from '@/domain/photo';

export interface CompressedPhoto {
  blob: Blob;
  type: PhotoType;
  width: number;
  height: number;
  /** A small preview for lists and forms (long side 160 px). */
  thumb: Blob;
}

export class PhotoUnreadableError extends Error {}

const QUALITIES = [0.8, 0.7, 0.6, 0.5, 0.4, 0.3];
const THUMB_SIDE = 160;

function fit(width: number, height: number, side: number) {
  const scale = Math.min(1, side / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

async function encode(canvas: OffscreenCanvas, quality: number): Promise<{ blob: Blob; type: PhotoType }> {
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality });
  // A browser without a WebP encoder answers with PNG: fall back to JPEG.
  if (webp.type === 'image/webp') return { blob: webp, type: 'image/webp' };
  return { blob: await canvas.convertToBlob({ type: 'image/jpeg', quality }), type: 'image/jpeg' };
}

function draw(source: ImageBitmap, size: { width: number; height: number }): OffscreenCanvas {
  const canvas = new OffscreenCanvas(size.width, size.height);
  const context = canvas.getContext('2d');
  if (!context) throw new PhotoUnreadableError('no 2d canvas');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, size.width, size.height);
  return canvas;
}

export async function compressPhoto(file: Blob): Promise<CompressedPhoto> {
  let full: ImageBitmap;
  try {
    full = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoUnreadableError('not an image the browser can read');
  }
  let canvas: OffscreenCanvas;
  try {
    canvas = draw(full, fit(full.width, full.height, PHOTO_LONG_SIDE));
  } finally {
    full.close(); // the decoded 12-megapixel bitmap (~48 MB) goes at once
  }
  let result = await encode(canvas, QUALITIES[0]!);
  for (const quality of QUALITIES.slice(1)) {
    if (result.blob.size <= PHOTO_MAX_BYTES) break;
    result = await encode(canvas, quality);
  }
  // Still too large at the lowest quality (a very detailed scene): halve the size until it fits.
  while (result.blob.size > PHOTO_MAX_BYTES && canvas.width > 320) {
    const bitmap = await createImageBitmap(canvas);
    canvas = draw(bitmap, { width: Math.round(canvas.width / 2), height: Math.round(canvas.height / 2) });
    bitmap.close();
    result = await encode(canvas, QUALITIES[2]!);
  }
  const thumbBitmap = await createImageBitmap(canvas);
  const thumbCanvas = draw(thumbBitmap, fit(canvas.width, canvas.height, THUMB_SIDE));
  thumbBitmap.close();
  const thumb = await thumbCanvas.convertToBlob({ type: 'image/jpeg', quality: 0.7 });
  return { ...result, width: canvas.width, height: canvas.height, thumb };
}
