// Finished photos, content-addressed by SHA-256: a row in `photos` for every photo (what reports count and
// the drill-down lists), its bytes on disk (<dir>/<first two hex>/<hash>) or in the row itself. Writing the
// same photo twice changes nothing, so an upload retried any number of times stores it once.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PhotoType } from '@/domain/photo';
import type { Queryable } from '@/server/db/database';
import type { PhotoOptions } from './photo-options';

export interface FinishedPhoto {
  hash: string;
  mime: PhotoType;
  bytes: Buffer;
  deviceId: string;
  communeId: string;
  receivedAt: number;
}

const diskPath = (dir: string, hash: string) => join(dir, hash.slice(0, 2), hash);

export async function storePhoto(db: Queryable, opts: PhotoOptions, photo: FinishedPhoto): Promise<void> {
  const inDatabase = opts.store === 'database';
  if (!inDatabase) {
    // Bytes first, row second: a row never names a file that is not complete (rename is atomic).
    const path = diskPath(opts.dir!, photo.hash);
    await mkdir(join(opts.dir!, photo.hash.slice(0, 2)), { recursive: true });
    const temp = `${path}.${process.pid}.${Date.now()}.part`;
    await writeFile(temp, photo.bytes);
    await rename(temp, path);
  }
  await db.query(
    `INSERT INTO photos (hash, mime, size, bytes, device_id, commune_id, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hash) DO NOTHING`,
    [
      photo.hash,
      photo.mime,
      photo.bytes.length,
      inDatabase ? photo.bytes : null,
      photo.deviceId,
      photo.communeId,
      photo.receivedAt,
    ],
  );
}

export interface StoredPhoto {
  mime: PhotoType;
  communeId: string;
  bytes: Buffer;
}

export async function photoInfo(
  db: Queryable,
  hash: string,
): Promise<{ mime: PhotoType; size: number; communeId: string } | null> {
  const [row] = await db.query<{ mime: PhotoType; size: number; commune_id: string }>(
    'SELECT mime, size, commune_id FROM photos WHERE hash = $1',
    [hash],
  );
  return row ? { mime: row.mime, size: row.size, communeId: row.commune_id } : null;
}

export async function readPhoto(
  db: Queryable,
  opts: PhotoOptions,
  hash: string,
): Promise<StoredPhoto | null> {
  const [row] = await db.query<{ mime: PhotoType; commune_id: string; bytes: Uint8Array | null }>(
    'SELECT mime, commune_id, bytes FROM photos WHERE hash = $1',
    [hash],
  );
  if (!row) return null;
  const bytes = row.bytes ? Buffer.from(row.bytes) : await readFile(diskPath(opts.dir!, hash));
  return { mime: row.mime, communeId: row.commune_id, bytes };
}
