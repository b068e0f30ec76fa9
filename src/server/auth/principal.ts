// Who is calling the admin API: the account behind a live session token (role and commune scope come
// from the account, as a phone's scope comes from its enrolment). Disabled accounts have no sessions.
import type { FastifyRequest } from 'fastify';
import { ACCOUNT_ROLES, type AccountRole } from '@/protocol/account-messages';
import type { Queryable } from '@/server/db/database';
import { bearerToken } from '@/server/devices/device-auth';
import { ApiError } from '@/server/http/api-error';
import { hashToken } from './secrets';

export { ACCOUNT_ROLES, type AccountRole };

export interface Principal {
  username: string;
  role: AccountRole;
  /** The account's commune (role `commune` only); null for province accounts. */
  communeId: string | null;
  mustChangePassword: boolean;
  sessionId: string;
  sessionExpiresAt: number;
}

const signIn = (detail: string) => new ApiError(401, 'unauthorized', 'errors.signIn', detail);

/** The principal of the request's Bearer token, or 401. */
export async function authenticate(db: Queryable, request: FastifyRequest, now: number): Promise<Principal> {
  let token: string;
  try {
    token = bearerToken(request.headers.authorization);
  } catch {
    throw signIn('sign in first');
  }
  const [row] = await db.query<{
    username: string;
    role: AccountRole;
    commune_id: string | null;
    must_change_password: boolean;
    id: string;
    expires_at: number;
  }>(
    `SELECT a.username, a.role, a.commune_id, a.must_change_password, s.id, s.expires_at::float8 AS expires_at
       FROM admin_sessions s JOIN admins a ON a.username = s.username
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND a.disabled_at IS NULL`,
    [hashToken(token), now],
  );
  if (!row) throw signIn('session unknown, ended or expired');
  return {
    username: row.username,
    role: row.role,
    communeId: row.commune_id,
    mustChangePassword: row.must_change_password,
    sessionId: row.id,
    sessionExpiresAt: row.expires_at,
  };
}
