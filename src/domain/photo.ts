// Photo evidence on a record (issue 8): a record names its photos by SHA-256 in a `photos` field that
// syncs and merges like any other field; the bytes travel apart, on their own resumable channel.
// The limits here are shared by the phone (what it stores) and the server (what it accepts).
import { z } from 'zod';

export const MAX_PHOTOS_PER_RECORD = 5;
/** The phone stores at most this many bytes per photo after compression. */
export const PHOTO_MAX_BYTES = 150 * 1024;
/** The long side of a stored photo, in pixels. */
export const PHOTO_LONG_SIDE = 1280;
export const PHOTO_TYPES = ['image/jpeg', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Tables whose records may carry photos. */
export const PHOTO_TABLES = ['trainingSessions', 'helpActivities', 'checklistProgress'] as const;
export type PhotoTable = (typeof PHOTO_TABLES)[number];

export const photoHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'errors.photoHash');
export const photoListSchema = z
  .array(photoHashSchema)
  .max(MAX_PHOTOS_PER_RECORD, 'errors.tooManyPhotos')
  .refine((list) => new Set(list).size === list.length, 'errors.photoHash');

export function isPhotoTable(table: string): table is PhotoTable {
  return (PHOTO_TABLES as readonly string[]).includes(table);
}

/** The photo hashes a record names (none when the field is absent, as on records written before photos). */
export function photosOf(record: unknown): string[] {
  const list = (record as { photos?: unknown } | null)?.photos;
  return Array.isArray(list) ? list.filter((h): h is string => typeof h === 'string') : [];
}
