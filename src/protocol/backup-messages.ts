// What a backup file holds once opened, and what the province sends to import it: the phone's unsynced
// outbox as wire mutations with the device that numbered them, so the server applies them exactly as that
// device's sync would (same numbers, same guard); optionally the photos still unsent, one request each.
import { z } from 'zod';
import { PHOTO_MAX_BYTES, PHOTO_TYPES, photoHashSchema } from '@/domain/photo';
import { wireMutationSchema } from './sync-messages';
import { MAX_PUSH_MUTATIONS } from './version';

export const BACKUP_API = {
  import: '/api/v1/admin/backup-import',
  /** One photo of an imported file, checked like a tus upload of that device. */
  importPhoto: '/api/v1/admin/backup-import/photo',
} as const;

/** A backup holds at most what one import request carries. */
export const MAX_BACKUP_MUTATIONS = MAX_PUSH_MUTATIONS * 20;

/** Photo bytes a file may carry, before base64: past this the file is too heavy to pass around by Zalo or
 * e-mail, and to encrypt in one piece on a cheap phone, so "Kèm ảnh" is offered off. */
export const MAX_BACKUP_PHOTO_BYTES = 10 * 1024 * 1024;

/** Base64 of at most `bytes` bytes (4 characters per 3 bytes). */
const base64Max = (bytes: number) => z.string().max(Math.ceil(bytes / 3) * 4 + 4);

/** A photo still unsent when the file was made: its compressed bytes and thumbnail, in base64. */
export const backupPhotoSchema = z.object({
  hash: photoHashSchema,
  type: z.enum(PHOTO_TYPES),
  width: z.number().int().min(1).max(10_000),
  height: z.number().int().min(1).max(10_000),
  takenAt: z.number(),
  data: base64Max(PHOTO_MAX_BYTES),
  thumbType: z.string().max(40),
  thumb: base64Max(PHOTO_MAX_BYTES),
});
export type BackupPhoto = z.infer<typeof backupPhotoSchema>;

export const backupContentSchema = z.object({
  deviceId: z.string().min(1).max(120),
  communeId: z.string().min(1).max(120),
  createdAt: z.number(),
  mutations: z.array(wireMutationSchema).max(MAX_BACKUP_MUTATIONS),
  /** Absent in files made without photos (and in every file of before photos). */
  photos: z.array(backupPhotoSchema).optional(),
});
export type BackupContent = z.infer<typeof backupContentSchema>;

/** The records of a file; its photos follow one request each (a request stays far under the body cap). */
export const backupImportRequestSchema = backupContentSchema.omit({ photos: true });
export type BackupImportRequest = z.infer<typeof backupImportRequestSchema>;

export const backupImportResponseSchema = z.object({
  applied: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
});
export type BackupImportResponse = z.infer<typeof backupImportResponseSchema>;

export const backupPhotoImportRequestSchema = z.object({
  deviceId: z.string().min(1).max(120),
  hash: photoHashSchema,
  type: z.enum(PHOTO_TYPES),
  data: base64Max(PHOTO_MAX_BYTES),
});
export type BackupPhotoImportRequest = z.infer<typeof backupPhotoImportRequestSchema>;

export const backupPhotoImportResponseSchema = z.object({ status: z.enum(['stored', 'duplicate']) });
export type BackupPhotoImportResponse = z.infer<typeof backupPhotoImportResponseSchema>;
