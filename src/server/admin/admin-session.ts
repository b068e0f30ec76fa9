// Administrator sign-in: scrypt passwords, random session tokens stored as SHA-256 with an expiry, and
// failed sign-ins rate limited per address like enrolment codes.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { adminLoginRequestSchema, ADMIN_API } from '@/protocol/admin-messages';
import { assertNotThrottled, recordFailure } from '@/server/auth/attempts';
import { DUMMY_HASH, hashPassword, hashToken, newToken, verifyPassword } from '@/server/auth/secrets';
import type { Queryable } from '@/server/db/database';
import { bearerToken } from '@/server/devices/device-auth';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export async function createAdmin(
  db: Queryable,
  username: string,
  password: string,
  now: number,
): Promise<void> {
  await db.query('INSERT INTO admins (username, password_hash, created_at) VALUES ($1, $2, $3)', [
    username,
    await hashPassword(password),
    now,
  ]);
}

/** Resolves the signed-in administrator or refuses with 401. */
export async function requireAdmin(ctx: ServerContext, request: FastifyRequest): Promise<string> {
  let token: string;
  try {
    token = bearerToken(request.headers.authorization);
  } catch {
    throw new ApiError(401, 'unauthorized', 'errors.signIn', 'sign in as an administrator');
  }
  const [row] = await ctx.db.query<{ username: string }>(
    'SELECT username FROM admin_sessions WHERE token_hash = $1 AND expires_at > $2',
    [hashToken(token), ctx.now()],
  );
  if (!row) throw new ApiError(401, 'unauthorized', 'errors.signIn', 'session unknown or expired');
  return row.username;
}

export function registerAdminSession(app: FastifyInstance, ctx: ServerContext): void {
  app.post(ADMIN_API.login, async (request) => {
    const body = parseBody(adminLoginRequestSchema, request.body);
    const now = ctx.now();
    const key = `login:${request.ip}`;
    await assertNotThrottled(ctx.db, key, now);
    const [admin] = await ctx.db.query<{ password_hash: string }>(
      'SELECT password_hash FROM admins WHERE username = $1',
      [body.username],
    );
    const ok = await verifyPassword(body.password, admin?.password_hash ?? DUMMY_HASH);
    if (!admin || !ok) {
      await recordFailure(ctx.db, key, now);
      throw new ApiError(401, 'bad_credentials', 'errors.signIn', 'wrong username or password');
    }
    const token = newToken();
    const expiresAt = now + SESSION_TTL_MS;
    await ctx.db.query('DELETE FROM admin_sessions WHERE expires_at < $1', [now]);
    await ctx.db.query('INSERT INTO admin_sessions (token_hash, username, expires_at) VALUES ($1, $2, $3)', [
      hashToken(token),
      body.username,
      expiresAt,
    ]);
    request.log.info({ username: body.username }, 'administrator signed in');
    return { token, expiresAt, username: body.username };
  });

  app.post(ADMIN_API.logout, async (request, reply) => {
    await requireAdmin(ctx, request);
    await ctx.db.query('DELETE FROM admin_sessions WHERE token_hash = $1', [
      hashToken(bearerToken(request.headers.authorization)),
    ]);
    return reply.status(204).send();
  });
}
