// The phone's photos: stored once by the SHA-256 of their compressed bytes (the same photo picked twice is
// one row), counted while they wait for the province, found by the record that names them, and removed
// when no record needs them any more. Records name photos by hash in their `photos` field.
import { PHOTO_TABLES, type PhotoTable, type PhotoType } from '@/domain/photo';
import type { BanSoDatabase, StoredPhoto } from './database';

export interface PhotoInput {
  blob: Blob;
  thumb: Blob;
  type: PhotoType;
  width: number;
  height: number;
}

export async function sha256Hex(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores a compressed photo; returns its hash. Storing the same bytes again changes nothing. */
export async function savePhoto(db: BanSoDatabase, photo: PhotoInput, now = Date.now()): Promise<string> {
  const hash = await sha256Hex(photo.blob);
  await db.transaction('rw', db.photos, async () => {
    if (await db.photos.get(hash)) return;
    await db.photos.add({ ...photo, hash, size: photo.blob.size, state: 'waiting', takenAt: now });
  });
  return hash;
}

export async function thumbsOf(db: BanSoDatabase, hashes: readonly string[]): Promise<Map<string, Blob>> {
  const rows = await db.photos.bulkGet([...hashes]);
  return new Map(rows.flatMap((r) => (r ? [[r.hash, r.thumb] as const] : [])));
}

export interface PhotoOwner {
  table: PhotoTable;
  recordId: string;
}

/** The live local records that name this photo (through the `*photos` index of v3). */
export async function ownersOf(db: BanSoDatabase, hash: string): Promise<PhotoOwner[]> {
  const owners: PhotoOwner[] = [];
  for (const table of PHOTO_TABLES) {
    const rows = await db.recordTable(table).where('photos').equals(hash).toArray();
    for (const row of rows) if (!row.deleted) owners.push({ table, recordId: row.id });
  }
  return owners;
}

export function markPhoto(db: BanSoDatabase, hash: string, change: Partial<StoredPhoto>): Promise<number> {
  return db.photos.update(hash, change);
}

export function deletePhoto(db: BanSoDatabase, hash: string): Promise<void> {
  return db.photos.delete(hash);
}
