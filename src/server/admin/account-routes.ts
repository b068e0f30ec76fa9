// Account administration by the province administrator: create accounts (admin, viewer, commune official
// of one commune), reset a password (forces a change at next sign-in, lifts a lock-out, ends sessions),
// disable and enable, and see and end sessions. Every change is audited in its own transaction.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  ACCOUNT_API,
  createAccountRequestSchema,
  resetPasswordRequestSchema,
  type AccountSummary,
} from '@/protocol/account-messages';
import { ADMINS, principalOf } from '@/server/auth/access';
import { accountKey, clearAttempts } from '@/server/auth/attempts';
import { audited } from '@/server/auth/audit';
import { hashPassword } from '@/server/auth/secrets';
import { currentCatalog } from '@/server/catalogs/catalog-store';
import type { Queryable } from '@/server/db/database';
import { ApiError } from '@/server/http/api-error';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';
import { createAdmin } from './admin-session';

const ACCOUNT_SQL = `
  SELECT a.username, a.role, a.commune_id AS "communeId", a.must_change_password AS "mustChangePassword",
         a.disabled_at IS NOT NULL AS disabled, a.created_at::float8 AS "createdAt", a.created_by AS "createdBy",
         (SELECT count(*) FROM admin_sessions s WHERE s.username = a.username AND s.expires_at > $1)::float8
           AS "activeSessions"
    FROM admins a`;

async function account(db: Queryable, username: string, now: number): Promise<AccountSummary> {
  const [row] = await db.query<AccountSummary>(`${ACCOUNT_SQL} WHERE a.username = $2`, [now, username]);
  if (!row) throw new ApiError(404, 'not_found', 'errors.notFound', `account ${username}`);
  return row;
}

const publicView = (a: AccountSummary) => ({
  role: a.role,
  communeId: a.communeId,
  mustChangePassword: a.mustChangePassword,
  disabled: a.disabled,
});

type Params = { Params: { username: string } };
const adminsOnly = { config: { access: { roles: ADMINS } } };

export function registerAccountRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ACCOUNT_API.accounts, adminsOnly, async () => ({
    accounts: await ctx.db.query<AccountSummary>(`${ACCOUNT_SQL} ORDER BY a.role, a.commune_id, a.username`, [
      ctx.now(),
    ]),
  }));

  app.post(ACCOUNT_API.accounts, adminsOnly, async (request, reply) => {
    const body = parseBody(createAccountRequestSchema, request.body);
    const communeId = body.communeId ?? null;
    if (communeId !== null) {
      const units = await currentCatalog(ctx.db, 'adminUnits');
      if (!units?.data.communes.some((c) => c.id === communeId))
        throw new ApiError(400, 'unknown_commune', 'errors.unknownCode', `communeId: ${communeId}`);
    }
    const now = ctx.now();
    const creator = principalOf(request).username;
    const created = await audited(ctx, request, 'account.create', async (tx) => {
      const [taken] = await tx.query('SELECT 1 FROM admins WHERE username = $1', [body.username]);
      if (taken) throw new ApiError(409, 'username_taken', 'errors.usernameTaken', body.username);
      await createAdmin(tx, body.username, body.password, now, {
        role: body.role,
        communeId,
        mustChangePassword: true,
        createdBy: creator,
      });
      const after = await account(tx, body.username, now);
      return {
        target: `account:${body.username}`,
        communeId,
        before: null,
        after: publicView(after),
        result: after,
      };
    });
    return reply.status(201).send(created);
  });

  app.post<Params>('/api/v1/admin/accounts/:username/reset-password', adminsOnly, async (request) => {
    const body = parseBody(resetPasswordRequestSchema, request.body);
    const hash = await hashPassword(body.password);
    const now = ctx.now();
    return audited(ctx, request, 'account.resetPassword', async (tx) => {
      const before = await account(tx, request.params.username, now);
      await tx.query(
        'UPDATE admins SET password_hash = $2, must_change_password = true WHERE username = $1',
        [before.username, hash],
      );
      await tx.query('DELETE FROM admin_sessions WHERE username = $1', [before.username]);
      await clearAttempts(tx, accountKey(before.username).key);
      const after = await account(tx, before.username, now);
      return {
        target: `account:${before.username}`,
        communeId: before.communeId,
        before: publicView(before),
        after: publicView(after),
        result: after,
      };
    });
  });

  const setDisabled = (disable: boolean) => async (request: FastifyRequest<Params>) => {
    const now = ctx.now();
    if (disable && request.params.username === principalOf(request).username)
      throw new ApiError(
        409,
        'own_account',
        'errors.ownAccount',
        'an administrator cannot disable their own account',
      );
    return audited(ctx, request, disable ? 'account.disable' : 'account.enable', async (tx) => {
      const before = await account(tx, request.params.username, now);
      await tx.query(
        'UPDATE admins SET disabled_at = CASE WHEN $2::bigint IS NULL THEN NULL ELSE coalesce(disabled_at, $2) END WHERE username = $1',
        [before.username, disable ? now : null],
      );
      if (disable) await tx.query('DELETE FROM admin_sessions WHERE username = $1', [before.username]);
      const after = await account(tx, before.username, now);
      return {
        target: `account:${before.username}`,
        communeId: before.communeId,
        before: publicView(before),
        after: publicView(after),
        result: after,
      };
    });
  };
  app.post<Params>('/api/v1/admin/accounts/:username/disable', adminsOnly, setDisabled(true));
  app.post<Params>('/api/v1/admin/accounts/:username/enable', adminsOnly, setDisabled(false));

  app.post<Params>('/api/v1/admin/accounts/:username/end-sessions', adminsOnly, async (request) => {
    const now = ctx.now();
    return audited(ctx, request, 'account.endSessions', async (tx) => {
      const before = await account(tx, request.params.username, now);
      const ended = await tx.query('DELETE FROM admin_sessions WHERE username = $1 RETURNING id', [
        before.username,
      ]);
      return {
        target: `account:${before.username}`,
        communeId: before.communeId,
        before: { activeSessions: before.activeSessions },
        after: { activeSessions: 0 },
        result: { ended: ended.length },
      };
    });
  });

  app.get(ACCOUNT_API.sessions, adminsOnly, async () => ({
    sessions: await ctx.db.query(
      `SELECT s.id, s.username, a.role, a.commune_id AS "communeId", s.created_at::float8 AS "createdAt",
              s.expires_at::float8 AS "expiresAt", s.ip
         FROM admin_sessions s JOIN admins a ON a.username = s.username
        WHERE s.expires_at > $1 ORDER BY s.created_at DESC LIMIT 1000`,
      [ctx.now()],
    ),
  }));

  app.post<{ Params: { id: string } }>(
    '/api/v1/admin/sessions/:id/end',
    adminsOnly,
    async (request, reply) => {
      await audited(ctx, request, 'session.end', async (tx) => {
        const [ended] = await tx.query<{ username: string; commune_id: string | null }>(
          `DELETE FROM admin_sessions s USING admins a WHERE s.id = $1 AND a.username = s.username
         RETURNING s.username, a.commune_id`,
          [request.params.id],
        );
        if (!ended) throw new ApiError(404, 'not_found', 'errors.notFound', `session ${request.params.id}`);
        return {
          target: `session:${request.params.id}`,
          communeId: ended.commune_id,
          before: { username: ended.username },
          after: null,
          result: undefined,
        };
      });
      return reply.status(204).send();
    },
  );
}
