// The tus protocol by hand (creation + core), for tests that need to cut a piece mid-way or send what a
// well-behaved client never would. Real HTTP to the real server.
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { PHOTO_API } from '@/protocol/photo-api';

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const b64 = (s: string) => Buffer.from(s).toString('base64');

export interface CreateOptions {
  hash: string;
  filetype?: string;
  table?: string;
  recordId: string;
  size: number;
}

export async function createUpload(url: string, token: string, o: CreateOptions) {
  const meta = [
    `hash ${b64(o.hash)}`,
    `filetype ${b64(o.filetype ?? 'image/jpeg')}`,
    `table ${b64(o.table ?? 'trainingSessions')}`,
    `recordId ${b64(o.recordId)}`,
  ].join(',');
  const res = await fetch(url + PHOTO_API.uploads, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-length': String(o.size),
      'upload-metadata': meta,
    },
  });
  const location = res.headers.get('location');
  return {
    status: res.status,
    body: await res.text(),
    location: location ? new URL(location, url).href : null,
  };
}

export async function uploadOffset(location: string, token: string) {
  const res = await fetch(location, {
    method: 'HEAD',
    headers: { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' },
  });
  return { status: res.status, offset: Number(res.headers.get('upload-offset') ?? -1) };
}

export async function patchPiece(location: string, token: string, offset: number, piece: Uint8Array) {
  const res = await fetch(location, {
    method: 'PATCH',
    headers: {
      authorization: `Bearer ${token}`,
      'tus-resumable': '1.0.0',
      'upload-offset': String(offset),
      'content-type': 'application/offset+octet-stream',
    },
    body: Buffer.from(piece),
  });
  return {
    status: res.status,
    body: await res.text(),
    offset: Number(res.headers.get('upload-offset') ?? -1),
  };
}

/** Sends the first `sent` bytes of a piece that announces `piece.length`, then cuts the link. */
export function patchCut(location: string, token: string, offset: number, piece: Uint8Array, sent: number) {
  return new Promise<void>((resolve) => {
    const req = request(location, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${token}`,
        'tus-resumable': '1.0.0',
        'upload-offset': String(offset),
        'content-type': 'application/offset+octet-stream',
        'content-length': String(piece.length),
      },
    });
    req.on('error', () => resolve());
    req.write(piece.subarray(0, sent), () => {
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 300);
    });
  });
}
