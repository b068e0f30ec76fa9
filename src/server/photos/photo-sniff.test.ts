import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffPhotoType } from './photo-sniff';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/photos/${name}`, import.meta.url)));
const jpeg = fixture('class-small.jpg');
const webp = fixture('class-small.webp');
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const text = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('sniffPhotoType', () => {
  it('knows a canvas-made JPEG and WebP by their bytes', () => {
    expect(sniffPhotoType(jpeg)).toBe('image/jpeg');
    expect(sniffPhotoType(webp)).toBe('image/webp');
  });

  it('refuses a JPEG with anything after its end (a JPEG + ZIP or HTML polyglot)', () => {
    expect(sniffPhotoType(concat(jpeg, text('PK\x03\x04rest-of-a-zip')))).toBeNull();
    expect(sniffPhotoType(concat(jpeg, text('\xff\xd8\xff\xd9')))).toBeNull();
  });

  it('refuses an image carrying a script or markup anywhere', () => {
    const withHtml = concat(jpeg.subarray(0, 200), text('<script>alert(1)</script>'), jpeg.subarray(200));
    expect(sniffPhotoType(withHtml)).toBeNull();
  });

  it('refuses a comment or EXIF segment a re-encoded photo never has', () => {
    const comment = concat(
      jpeg.subarray(0, 2),
      new Uint8Array([0xff, 0xfe, 0x00, 0x06]),
      text('hide'),
      jpeg.subarray(2),
    );
    expect(sniffPhotoType(comment)).toBeNull();
  });

  it('refuses other types whatever their name: PNG, GIF, HTML, a truncated JPEG', () => {
    expect(sniffPhotoType(text('\x89PNG\r\n\x1a\n0000000000000000'))).toBeNull();
    expect(sniffPhotoType(text('GIF89a0000000000000000'))).toBeNull();
    expect(sniffPhotoType(text('<!doctype html><p>hi</p>'))).toBeNull();
    expect(sniffPhotoType(jpeg.subarray(0, jpeg.length - 100))).toBeNull();
  });

  it('refuses a WebP whose RIFF size does not cover the file exactly', () => {
    expect(sniffPhotoType(concat(webp, text('extra')))).toBeNull();
  });
});
