// Enrolment codes (one-time, expiring, per commune or for the province) and the enrolled phones with
// their last sync; a lost phone is revoked and its token refused from then on; an unused code can be
// withdrawn. A commune official manages their commune's codes and phones only; every change is audited.
import type { FastifyInstance } from 'fastify';
import { ADMIN_API, createEnrolmentCodeRequestSchema } from '@/protocol/admin-messages';
import { MANAGERS, READERS, requireScope } from '@/server/auth/access';
import { audited } from '@/server/auth/audit';
import { newEnrolmentCode } from '@/server/auth/secrets';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';

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

type ById = { Params: { id: string } };

export function registerDeviceRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const managers = { config: { access: { roles: MANAGERS } } };

  app.post(ADMIN_API.enrolmentCodes, managers, async (request, reply) => {
    const body = parseBody(createEnrolmentCodeRequestSchema, request.body);
    requireScope(request, body.communeId);
    if (body.communeId !== null) {
      const units = await currentCatalog(ctx.db, 'adminUnits');
      if (!units?.data.communes.some((c) => c.id === body.communeId))
        throw new ApiError(400, 'unknown_commune', 'errors.unknownCode', `communeId: ${body.communeId}`);
    }
    const code = await audited(ctx, request, 'code.create', async (tx) => {
      const created = await createEnrolmentCode(tx, body.communeId, body.ttlHours, ctx.now());
      const after = { communeId: created.communeId, expiresAt: created.expiresAt };
      return {
        target: `code:${created.code}`,
        communeId: body.communeId,
        before: null,
        after,
        result: created,
      };
    });
    return reply.status(201).send(code);
  });

  // Codes are secrets that enrol a phone: viewers, who change nothing, do not see them.
  app.get(ADMIN_API.enrolmentCodes, managers, async (request) => {
    const communeId = requireScope(request);
    const codes = await ctx.db.query(
      `SELECT code, commune_id AS "communeId", expires_at::float8 AS "expiresAt", used_at::float8 AS "usedAt",
              withdrawn_at::float8 AS "withdrawnAt"
         FROM enrolment_codes WHERE ($1::text IS NULL OR commune_id = $1)
        ORDER BY created_at DESC LIMIT 500`,
      [communeId],
    );
    return { codes };
  });

  app.post<{ Params: { code: string } }>(
    '/api/v1/admin/enrolment-codes/:code/withdraw',
    managers,
    async (request) => {
      const now = ctx.now();
      return audited(ctx, request, 'code.withdraw', async (tx) => {
        const [row] = await tx.query<{
          commune_id: string | null;
          used_at: number | null;
          withdrawn_at: number | null;
        }>(
          `SELECT commune_id, used_at::float8 AS used_at, withdrawn_at::float8 AS withdrawn_at
             FROM enrolment_codes WHERE code = $1 FOR UPDATE`,
          [request.params.code],
        );
        if (!row) throw new ApiError(404, 'not_found', 'errors.notFound', `code ${request.params.code}`);
        requireScope(request, row.commune_id);
        if (row.used_at !== null)
          throw new ApiError(409, 'code_used', 'errors.codeUsed', 'a phone already enrolled with this code');
        const withdrawnAt = row.withdrawn_at ?? now;
        await tx.query('UPDATE enrolment_codes SET withdrawn_at = $2 WHERE code = $1', [
          request.params.code,
          withdrawnAt,
        ]);
        return {
          target: `code:${request.params.code}`,
          communeId: row.commune_id,
          before: { withdrawnAt: row.withdrawn_at },
          after: { withdrawnAt },
          result: { code: request.params.code, withdrawnAt },
        };
      });
    },
  );

  app.get(ADMIN_API.devices, { config: { access: { roles: READERS } } }, async (request) => {
    const communeId = requireScope(request);
    const devices = await ctx.db.query(
      `SELECT ${DEVICE_COLUMNS} FROM devices WHERE ($1::text IS NULL OR commune_id = $1)
        ORDER BY enrolled_at DESC LIMIT 5000`,
      [communeId],
    );
    return { devices };
  });

  app.post<ById>('/api/v1/admin/devices/:id/revoke', managers, async (request) => {
    const now = ctx.now();
    return audited(ctx, request, 'device.revoke', async (tx) => {
      const [before] = await tx.query<{ communeId: string | null; revokedAt: number | null }>(
        `SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = $1 FOR UPDATE`,
        [request.params.id],
      );
      if (!before) throw new ApiError(404, 'not_found', 'errors.notFound', `device ${request.params.id}`);
      requireScope(request, before.communeId);
      const [device] = await tx.query<{ revokedAt: number | null }>(
        `UPDATE devices SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1 RETURNING ${DEVICE_COLUMNS}`,
        [request.params.id, now],
      );
      request.log.info({ deviceId: request.params.id }, 'device revoked');
      return {
        target: `device:${request.params.id}`,
        communeId: before.communeId,
        before: { revokedAt: before.revokedAt },
        after: { revokedAt: device?.revokedAt ?? null },
        result: device,
      };
    });
  });
}
