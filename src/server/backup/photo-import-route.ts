// POST /api/v1/admin/backup-import/photo: one photo of a phone's backup file, sent by the province page
// after the file's records. It passes the SAME checks as that device's tus upload (hash, real type, size,
// a live record of the device's commune naming it) and lands in the same content-addressed store, so it
// appears in the drill-down; a photo the province already holds is a duplicate and nothing is written.
import type { FastifyInstance } from 'fastify';
import { PHOTO_MAX_BYTES, PHOTO_TABLES } from '@/domain/photo';
import { backupPhotoImportRequestSchema, BACKUP_API } from '@/protocol/backup-messages';
import { ADMINS } from '@/server/auth/access';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { photoInfo, storePhoto } from '@/server/photos/photo-bytes-store';
import { checkFinishedBytes, type PhotoRefusal } from '@/server/photos/photo-checks';
import type { PhotoOptions } from '@/server/photos/photo-options';

/** photo-checks speaks tus's refusal shape; the JSON API speaks ApiError. */
function asApiError(refusal: PhotoRefusal): ApiError {
  const body = JSON.parse(refusal.body) as { error: string; reason: string; detail?: string };
  return new ApiError(refusal.status_code, body.error, body.reason, body.detail);
}

export function registerBackupPhotoImportRoute(
  app: FastifyInstance,
  ctx: ServerContext,
  opts: PhotoOptions,
): void {
  app.post(BACKUP_API.importPhoto, { config: { access: { roles: ADMINS } } }, async (request) => {
    const body = parseBody(backupPhotoImportRequestSchema, request.body);
    const [device] = await ctx.db.query<{ commune_id: string | null; revoked: boolean }>(
      'SELECT commune_id, revoked_at IS NOT NULL AS revoked FROM devices WHERE id = $1',
      [body.deviceId],
    );
    if (!device) throw new ApiError(404, 'unknown_device', 'errors.unknownDevice', body.deviceId);
    if (device.revoked) throw new ApiError(409, 'revoked', 'errors.revoked', body.deviceId);
    const bytes = Buffer.from(body.data, 'base64');
    if (bytes.length < 1 || bytes.length > PHOTO_MAX_BYTES)
      throw new ApiError(413, 'photo_too_large', 'errors.photoTooLarge', `at most ${PHOTO_MAX_BYTES} bytes`);
    try {
      checkFinishedBytes(bytes, { hash: body.hash, mime: body.type, size: bytes.length });
    } catch (refusal) {
      throw asApiError(refusal as PhotoRefusal);
    }
    // As at the tus upload's start: a live record of the device's own commune must name the photo (the
    // file's records were imported just before, so its photos' records are at the province by now).
    const named = await ctx.db.query<{ commune_id: string }>(
      `SELECT commune_id FROM records
        WHERE tbl = ANY($2::text[]) AND NOT deleted AND data->'photos' ? $1`,
      [body.hash, [...PHOTO_TABLES]],
    );
    if (named.length === 0)
      throw new ApiError(422, 'photo_not_named', 'errors.photoNotNamed', 'no live record names this photo');
    if (device.commune_id === null || !named.some((r) => r.commune_id === device.commune_id))
      throw new ApiError(403, 'out_of_scope', 'errors.outOfScope', 'the photo belongs to another commune');
    // Importing twice stores once: a photo the province holds (by its hash) is not written again.
    if (await photoInfo(ctx.db, body.hash)) return { status: 'duplicate' as const };
    await storePhoto(ctx.db, opts, {
      hash: body.hash,
      mime: body.type,
      bytes,
      deviceId: body.deviceId,
      communeId: device.commune_id,
      receivedAt: ctx.now(),
    });
    return { status: 'stored' as const };
  });
}
