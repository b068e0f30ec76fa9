// POST /api/v1/admin/backup-import: a phone's backup file, opened in the province officer's browser (the
// passphrase never reaches us), applied through the SAME applyPush as a sync from that device — same
// device id, same numbers — so importing twice, or importing then syncing, applies nothing twice.
import type { FastifyInstance } from 'fastify';
import { backupImportRequestSchema, BACKUP_API } from '@/protocol/backup-messages';
import { ADMINS } from '@/server/auth/access';
import { audited } from '@/server/auth/audit';
import { listCatalogVersions } from '@/server/catalogs/catalog-store';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { applyPush } from '@/server/sync/apply-push';
import { loadCodeBook } from '@/server/sync/code-book';

export function registerBackupImportRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post(BACKUP_API.import, { config: { access: { roles: ADMINS } } }, async (request) => {
    const body = parseBody(backupImportRequestSchema, request.body);
    const [device] = await ctx.db.query<{ commune_id: string | null; revoked: boolean }>(
      'SELECT commune_id, revoked_at IS NOT NULL AS revoked FROM devices WHERE id = $1',
      [body.deviceId],
    );
    if (!device) throw new ApiError(404, 'unknown_device', 'errors.unknownDevice', body.deviceId);
    if (device.revoked) throw new ApiError(409, 'revoked', 'errors.revoked', body.deviceId);
    // The whole file must be the device's commune: one foreign change means the file is not this device's.
    const foreign = body.mutations.find((m) => m.communeId !== device.commune_id);
    if (device.commune_id !== body.communeId || foreign)
      throw new ApiError(
        409,
        'commune_mismatch',
        'errors.outOfScope',
        `device of ${device.commune_id ?? 'the province'}, file of ${foreign?.communeId ?? body.communeId}`,
      );
    const book =
      body.mutations.length > 0 ? await loadCodeBook(ctx.db, await listCatalogVersions(ctx.db)) : null;
    const now = ctx.now();
    return audited(ctx, request, 'backup.import', async (tx) => {
      const results = await applyPush(tx, body.deviceId, body.mutations, now, book);
      const count = (status: string) => results.filter((r) => r.status === status).length;
      const summary = {
        applied: count('applied'),
        duplicate: count('duplicate'),
        rejected: count('rejected'),
      };
      return {
        target: `device:${body.deviceId}`,
        communeId: device.commune_id,
        before: null,
        after: { ...summary, createdAt: body.createdAt, mutations: body.mutations.length },
        result: summary,
      };
    });
  });
}
