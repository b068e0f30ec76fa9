// Sign-in of every web role (province administrator, province viewer, commune official): scrypt
// passwords, random session tokens stored as SHA-256 with an expiry and a public id an administrator can
// end, failed sign-ins limited per address AND per account (attempts.ts), and the forced password change.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ACCOUNT_API, changePasswordRequestSchema } from '@/protocol/account-messages';
import { adminLoginRequestSchema, ADMIN_API } from '@/protocol/admin-messages';
import { ANY_ROLE, principalOf } from '@/server/auth/access';
import { accountKey, addressKey, reserveAttempt } from '@/server/auth/attempts';
import { audited } from '@/server/auth/audit';
import { authenticate, type AccountRole } from '@/server/auth/principal';
import { DUMMY_HASH, hashPassword, hashToken, newToken, verifyPassword } from '@/server/auth/secrets';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export async function createAdmin(
  db: Queryable,
  username: string,
  password: string,
  now: number,
  account: {
    role: AccountRole;
    communeId: string | null;
    mustChangePassword: boolean;
    createdBy: string | null;
  } = {
    role: 'admin',
    communeId: null,
    mustChangePassword: false,
    createdBy: null,
  },
): Promise<void> {
  await db.query(
    `INSERT INTO admins (username, password_hash, created_at, role, commune_id, must_change_password, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      username,
      await hashPassword(password),
      now,
      account.role,
      account.communeId,
      account.mustChangePassword,
      account.createdBy,
    ],
  );
}

/** Kept for routes written before roles: the caller must be a province administrator (403 otherwise). */
export async function requireAdmin(ctx: ServerContext, request: FastifyRequest): Promise<string> {
  const principal = request.principal ?? (await authenticate(ctx.db, request, ctx.now()));
  if (principal.role !== 'admin' || principal.mustChangePassword)
    throw new ApiError(403, 'forbidden', 'errors.forbidden', 'for province administrators only');
  return principal.username;
}

export async function communeName(db: Queryable, communeId: string | null): Promise<string | null> {
  if (communeId === null) return null;
  const units = await currentCatalog(db, 'adminUnits');
  return units?.data.communes.find((c) => c.id === communeId)?.name ?? communeId;
}

interface AccountRow {
  username: string;
  password_hash: string;
  role: AccountRole;
  commune_id: string | null;
  must_change_password: boolean;
  disabled: boolean;
}

export function registerAdminSession(app: FastifyInstance, ctx: ServerContext): void {
  app.post(ADMIN_API.login, { config: { access: { public: true } } }, async (request) => {
    const body = parseBody(adminLoginRequestSchema, request.body);
    const username = body.username.toLowerCase();
    const now = ctx.now();
    // Reserved before the password is checked: parallel guesses cannot outrun the limits.
    const attempt = await reserveAttempt(
      ctx.db,
      [addressKey('login', request.ip), accountKey(username)],
      now,
    );
    const [account] = await ctx.db.query<AccountRow>(
      `SELECT username, password_hash, role, commune_id, must_change_password, disabled_at IS NOT NULL AS disabled
         FROM admins WHERE username = $1`,
      [username],
    );
    const ok = await verifyPassword(body.password, account?.password_hash ?? DUMMY_HASH);
    // A disabled account answers like a wrong password: sign-in tells nothing about accounts.
    if (!account || !ok || account.disabled)
      throw new ApiError(401, 'bad_credentials', 'errors.signIn', 'wrong username or password');
    await attempt.succeeded();
    const token = newToken();
    const expiresAt = now + SESSION_TTL_MS;
    await ctx.db.query(
      `INSERT INTO admin_sessions (token_hash, username, expires_at, id, created_at, ip) VALUES ($1, $2, $3, $4, $5, $6)`,
      [hashToken(token), account.username, expiresAt, newToken().slice(0, 16), now, request.ip],
    );
    request.log.info({ username: account.username, role: account.role }, 'signed in');
    return {
      token,
      expiresAt,
      username: account.username,
      role: account.role,
      communeId: account.commune_id,
      communeName: await communeName(ctx.db, account.commune_id),
      mustChangePassword: account.must_change_password,
    };
  });

  const signedIn = { config: { access: { roles: ANY_ROLE, beforePasswordChange: true } } };

  app.post(ADMIN_API.logout, signedIn, async (request, reply) => {
    await ctx.db.query('DELETE FROM admin_sessions WHERE id = $1', [principalOf(request).sessionId]);
    return reply.status(204).send();
  });

  app.get(ACCOUNT_API.me, signedIn, async (request) => {
    const p = principalOf(request);
    return {
      username: p.username,
      role: p.role,
      communeId: p.communeId,
      communeName: await communeName(ctx.db, p.communeId),
      mustChangePassword: p.mustChangePassword,
      expiresAt: p.sessionExpiresAt,
    };
  });

  app.post(ACCOUNT_API.password, signedIn, async (request, reply) => {
    const body = parseBody(changePasswordRequestSchema, request.body);
    const p = principalOf(request);
    const attempt = await reserveAttempt(ctx.db, [accountKey(p.username)], ctx.now());
    const [row] = await ctx.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM admins WHERE username = $1',
      [p.username],
    );
    if (!row || !(await verifyPassword(body.currentPassword, row.password_hash)))
      throw new ApiError(400, 'wrong_password', 'errors.wrongPassword', 'the current password is wrong');
    await attempt.succeeded();
    const hash = await hashPassword(body.newPassword);
    await audited(ctx, request, 'account.changePassword', async (tx) => {
      await tx.query(
        'UPDATE admins SET password_hash = $2, must_change_password = false WHERE username = $1',
        [p.username, hash],
      );
      // Other sessions of the account end: whoever knew the old password is out.
      await tx.query('DELETE FROM admin_sessions WHERE username = $1 AND id <> $2', [
        p.username,
        p.sessionId,
      ]);
      return {
        target: `account:${p.username}`,
        communeId: p.communeId,
        before: { mustChangePassword: p.mustChangePassword },
        after: { mustChangePassword: false },
        result: undefined,
      };
    });
    return reply.status(204).send();
  });
}
