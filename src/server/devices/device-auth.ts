// Devices authenticate with `Authorization: Bearer <device token>`; the server keeps only the token's
// SHA-256, so a leaked database does not leak tokens. A revoked device gets 401 like an unknown one.
import { hashToken } from '@/server/auth/secrets';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';

export interface Device {
  id: string;
  communeId: string | null;
  lastAppliedSeq: number;
}

export function bearerToken(header: string | undefined): string {
  const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header?.trim() ?? '');
  if (!match?.[1])
    throw new ApiError(401, 'unauthorized', 'errors.unauthorized', 'missing or malformed token');
  return match[1];
}

export async function authenticateDevice(db: Queryable, header: string | undefined): Promise<Device> {
  const token = bearerToken(header);
  const [row] = await db.query<{
    id: string;
    commune_id: string | null;
    last_applied_seq: number;
    revoked: boolean;
  }>(
    `SELECT id, commune_id, last_applied_seq::float8 AS last_applied_seq, revoked_at IS NOT NULL AS revoked
       FROM devices WHERE token_hash = $1`,
    [hashToken(token)],
  );
  if (!row) throw new ApiError(401, 'unauthorized', 'errors.unauthorized', 'unknown device token');
  if (row.revoked) throw new ApiError(401, 'revoked', 'errors.revoked', 'this device was revoked');
  return { id: row.id, communeId: row.commune_id, lastAppliedSeq: row.last_applied_seq };
}
