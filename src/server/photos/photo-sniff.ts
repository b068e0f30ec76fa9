// The real type of an uploaded photo, from its bytes, never its name or declared type. Only a well-formed
// JPEG or WebP passes, with nothing after its end: a polyglot (an image that is also HTML, a ZIP, a
// script) is refused, and so are metadata segments a re-encoded phone photo never has (EXIF, comments).
import type { PhotoType } from '@/domain/photo';

const ACTIVE_CONTENT = [/<script/i, /<html/i, /<\?php/i, /<svg/i, /<iframe/i];

function hasActiveContent(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return ACTIVE_CONTENT.some((re) => re.test(text));
}

// Segments a canvas-made JPEG may carry before the first scan: JFIF (APP0), ICC profile (APP2), Adobe
// (APP14), tables, frame headers. EXIF (APP1, location) and comments (COM) are refused.
const JPEG_HEADER_MARKERS = new Set([0xe0, 0xe2, 0xee, 0xdb, 0xc4, 0xdd, 0xc0, 0xc1, 0xc2]);
// Markers allowed between the scans of a progressive JPEG.
const JPEG_SCAN_MARKERS = new Set([0xda, 0xc4, 0xdb, 0xdd]);

function isCleanJpeg(b: Uint8Array): boolean {
  const n = b.length;
  if (n < 4 || b[0] !== 0xff || b[1] !== 0xd8 || b[n - 2] !== 0xff || b[n - 1] !== 0xd9) return false;
  let i = 2;
  // Header segments up to the first start-of-scan.
  for (;;) {
    if (i + 4 > n || b[i] !== 0xff) return false;
    const marker = b[i + 1]!;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < 2 || i + 2 + length > n) return false;
    if (marker === 0xda) {
      i += 2 + length;
      break;
    }
    if (!JPEG_HEADER_MARKERS.has(marker)) return false;
    i += 2 + length;
  }
  // Entropy-coded data: only stuffed bytes, restart markers and further scans until the one final EOI.
  while (i < n - 2) {
    if (b[i] !== 0xff) {
      i += 1;
      continue;
    }
    const marker = b[i + 1]!;
    if (marker === 0x00 || marker === 0xff || (marker >= 0xd0 && marker <= 0xd7)) {
      i += marker === 0xff ? 1 : 2;
      continue;
    }
    if (!JPEG_SCAN_MARKERS.has(marker)) return false; // includes an early EOI: data after the image
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    if (length < 2) return false;
    i += 2 + length;
  }
  return i === n - 2;
}

const fourCc = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);
const le32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)) + b[at + 3]! * 2 ** 24;
const WEBP_CHUNKS = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ICCP']);

function isCleanWebp(b: Uint8Array): boolean {
  if (b.length < 20 || fourCc(b, 0) !== 'RIFF' || fourCc(b, 8) !== 'WEBP') return false;
  if (le32(b, 4) + 8 !== b.length) return false; // the RIFF size must cover exactly the whole file
  let i = 12;
  let image = false;
  while (i < b.length) {
    if (i + 8 > b.length) return false;
    const kind = fourCc(b, i);
    const size = le32(b, i + 4);
    if (!WEBP_CHUNKS.has(kind)) return false;
    if (kind === 'VP8 ' || kind === 'VP8L') image = true;
    i += 8 + size + (size % 2);
  }
  return image && i === b.length;
}

/** The photo's real type, or null when it is not a clean JPEG or WebP. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  if (hasActiveContent(bytes)) return null;
  if (isCleanJpeg(bytes)) return 'image/jpeg';
  if (isCleanWebp(bytes)) return 'image/webp';
  return null;
}
