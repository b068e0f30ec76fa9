// The audit log of administration: every change made through the admin API is described (who, when,
// from which address, what, the state before and after) by a row written IN THE SAME TRANSACTION as the
// change. A change that fails leaves no row; a row that cannot be written undoes the change.
import type { FastifyRequest } from 'fastify';
import type { Queryable } from '@/server/db/database';
import type { ServerContext } from '@/server/http/server-context';
import { principalOf } from './access';

export interface AuditedChange<T> {
  /** What was changed: `account:thu.bx`, `teamMember:<id>`, `code:ABCD2345`, `catalog:criteria@2026.1`… */
  target: string;
  /** The commune the change belongs to, when it belongs to one (lets the log be read per commune). */
  communeId: string | null;
  before: unknown;
  after: unknown;
  /** What the route answers. */
  result: T;
}

/** Runs `change` in one transaction with its audit row; `action` is a stable name like `account.create`. */
export async function audited<T>(
  ctx: ServerContext,
  request: FastifyRequest,
  action: string,
  change: (tx: Queryable) => Promise<AuditedChange<T>>,
): Promise<T> {
  const principal = principalOf(request);
  return ctx.db.transaction(async (tx) => {
    const done = await change(tx);
    await tx.query(
      `INSERT INTO admin_audit (at, actor, actor_role, ip, action, target, commune_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb)`,
      [
        ctx.now(),
        principal.username,
        principal.role,
        request.ip,
        action,
        done.target,
        done.communeId,
        done.before === undefined ? null : JSON.stringify(done.before),
        done.after === undefined ? null : JSON.stringify(done.after),
      ],
    );
    return done.result;
  });
}
