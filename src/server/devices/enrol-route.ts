// POST /api/v1/enrol: a phone trades a one-time, expiring code for its device token, id and scope.
// Failed codes are rate limited per client address (withdrawn codes count as unknown); the code is consumed in the same transaction that
// creates the device, so one code enrols exactly one phone.
import type { FastifyInstance } from 'fastify';
import { newId } from '@/domain/ids';
import { enrolRequestSchema, type EnrolResponse } from '@/protocol/sync-messages';
import { addressKey, reserveAttempt } from '@/server/auth/attempts';
import { hashToken, newToken, normaliseCode } from '@/server/auth/secrets';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import { ApiError } from '@/server/http/api-error';
import { assertProtocol, parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';

export function registerEnrolRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.post('/api/v1/enrol', async (request): Promise<EnrolResponse> => {
    assertProtocol(request.body);
    const body = parseBody(enrolRequestSchema, request.body);
    const now = ctx.now();
    // Reserved before the code is tried, refunded when it works (see attempts.ts).
    const attempt = await reserveAttempt(ctx.db, [addressKey('enrol', request.ip)], now);
    const code = normaliseCode(body.code);
    const token = newToken();
    const deviceId = newId();
    const enrolled = await ctx.db.transaction(async (tx) => {
      const [used] = await tx.query<{ commune_id: string | null }>(
        `UPDATE enrolment_codes SET used_at = $2, device_id = $3
          WHERE code = $1 AND used_at IS NULL AND withdrawn_at IS NULL AND expires_at > $2
          RETURNING commune_id`,
        [code, now, deviceId],
      );
      if (!used) return undefined;
      await tx.query(
        `INSERT INTO devices (id, name, commune_id, token_hash, enrolled_at) VALUES ($1, $2, $3, $4, $5)`,
        [deviceId, body.deviceName, used.commune_id, hashToken(token), now],
      );
      return { communeId: used.commune_id };
    });
    if (!enrolled)
      throw new ApiError(400, 'invalid_code', 'errors.enrolmentCode', 'unknown, used or expired code');
    await attempt.succeeded();
    const units = await currentCatalog(ctx.db, 'adminUnits');
    const communeName =
      enrolled.communeId === null
        ? (units?.data.province.name ?? '')
        : (units?.data.communes.find((c) => c.id === enrolled.communeId)?.name ?? enrolled.communeId);
    request.log.info({ deviceId, communeId: enrolled.communeId }, 'device enrolled');
    return {
      deviceId,
      token,
      communeId: enrolled.communeId,
      communeName,
      scope: enrolled.communeId === null ? 'province' : 'commune',
      serverTime: now,
    };
  });
}
