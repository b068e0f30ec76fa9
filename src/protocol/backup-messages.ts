// What a backup file holds once opened, and what the province sends to import it: the phone's unsynced
// outbox as wire mutations with the device that numbered them, so the server applies them exactly as that
// device's sync would (same numbers, same guard).
import { z } from 'zod';
import { wireMutationSchema } from './sync-messages';
import { MAX_PUSH_MUTATIONS } from './version';

export const BACKUP_API = { import: '/api/v1/admin/backup-import' } as const;

/** A backup holds at most what one import request carries. */
export const MAX_BACKUP_MUTATIONS = MAX_PUSH_MUTATIONS * 20;

export const backupContentSchema = z.object({
  deviceId: z.string().min(1).max(120),
  communeId: z.string().min(1).max(120),
  createdAt: z.number(),
  mutations: z.array(wireMutationSchema).max(MAX_BACKUP_MUTATIONS),
});
export type BackupContent = z.infer<typeof backupContentSchema>;

export const backupImportRequestSchema = backupContentSchema;

export const backupImportResponseSchema = z.object({
  applied: z.number().int(),
  duplicate: z.number().int(),
  rejected: z.number().int(),
});
export type BackupImportResponse = z.infer<typeof backupImportResponseSchema>;
