// Enrolment codes (one-time, expiring, per commune or for the province) and the enrolled phones with
// their last sync; a lost phone is revoked and its token refused from then on.
import type { FastifyInstance } from 'fastify';
import { ADMIN_API, createEnrolmentCodeRequestSchema } from '@/protocol/admin-messages';
import { newEnrolmentCode } from '@/server/auth/secrets';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { requireAdmin } from './admin-session';

const DEVICE_COLUMNS = `id AS "deviceId", name, commune_id AS "communeId", enrolled_at::float8 AS "enrolledAt",
  last_sync_at::float8 AS "lastSyncAt", last_applied_seq::float8 AS "lastAppliedSeq", revoked_at::float8 AS "revokedAt"`;

export async function createEnrolmentCode(
  db: Queryable,
  communeId: string | null,
  ttlHours: number,
  now: number,
) {
  const expiresAt = now + ttlHours * 3_600_000;
  for (;;) {
    const code = newEnrolmentCode();
    const rows = await db.query(
      `INSERT INTO enrolment_codes (code, commune_id, created_at, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO NOTHING RETURNING code`,
      [code, communeId, now, expiresAt],
    );
    if (rows.length > 0) return { code, communeId, expiresAt, usedAt: null };
  }
}

export function registerDeviceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.post(ADMIN_API.enrolmentCodes, async (request, reply) => {
    await requireAdmin(ctx, request);
    const body = parseBody(createEnrolmentCodeRequestSchema, request.body);
    if (body.communeId !== null) {
      const units = await currentCatalog(ctx.db, 'adminUnits');
      if (!units?.data.communes.some((c) => c.id === body.communeId))
        throw new ApiError(400, 'unknown_commune', 'errors.unknownCode', `communeId: ${body.communeId}`);
    }
    return reply
      .status(201)
      .send(await createEnrolmentCode(ctx.db, body.communeId, body.ttlHours, ctx.now()));
  });

  app.get(ADMIN_API.enrolmentCodes, async (request) => {
    await requireAdmin(ctx, request);
    const codes = await ctx.db.query(
      `SELECT code, commune_id AS "communeId", expires_at::float8 AS "expiresAt", used_at::float8 AS "usedAt"
         FROM enrolment_codes ORDER BY created_at DESC LIMIT 500`,
    );
    return { codes };
  });

  app.get(ADMIN_API.devices, async (request) => {
    await requireAdmin(ctx, request);
    const devices = await ctx.db.query(
      `SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY enrolled_at DESC LIMIT 5000`,
    );
    return { devices };
  });

  app.post<{ Params: { id: string } }>('/api/v1/admin/devices/:id/revoke', async (request) => {
    await requireAdmin(ctx, request);
    const [device] = await ctx.db.query(
      `UPDATE devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING ${DEVICE_COLUMNS}`,
      [request.params.id, ctx.now()],
    );
    if (!device) throw new ApiError(404, 'not_found', 'errors.notFound', `device ${request.params.id}`);
    request.log.info({ deviceId: request.params.id }, 'device revoked');
    return device;
  });
}
