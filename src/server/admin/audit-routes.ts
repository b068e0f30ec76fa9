// The audit log of administration, for the province administrator: newest first in pages, and the
// whole log as CSV (streamed page by page, formula-looking cells escaped for spreadsheet safety).
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import Papa from 'papaparse';
import { ACCOUNT_API, auditQuerySchema, type AuditEntry } from '@/protocol/account-messages';
import { ADMINS } from '@/server/auth/access';
import type { Queryable } from '@/server/db/database';
import { parseBody } from '@/server/http/parse-body';
import type { ServerContext } from '@/server/http/server-context';

// Ordered by the number, not its text: the output column `id` is text, so name the table's column.
const PAGE_SQL = `
  SELECT id::text AS id, at::float8 AS at, actor, actor_role AS "actorRole", ip, action, target,
         commune_id AS "communeId", before, after
    FROM admin_audit WHERE ($1::bigint IS NULL OR admin_audit.id < $1::bigint)
   ORDER BY admin_audit.id DESC LIMIT $2`;

export async function auditPage(db: Queryable, before: string | null, limit: number) {
  const rows = await db.query<AuditEntry>(PAGE_SQL, [before, limit + 1]);
  const entries = rows.slice(0, limit);
  return { entries, next: rows.length > limit ? (entries.at(-1)?.id ?? null) : null };
}

const CSV_COLUMNS = [
  'id',
  'at',
  'actor',
  'actorRole',
  'ip',
  'action',
  'target',
  'communeId',
  'before',
  'after',
];
const csvRow = (e: AuditEntry) => [
  e.id,
  new Date(e.at).toISOString(),
  e.actor,
  e.actorRole,
  e.ip,
  e.action,
  e.target,
  e.communeId ?? '',
  e.before === null ? '' : JSON.stringify(e.before),
  e.after === null ? '' : JSON.stringify(e.after),
];

async function* auditCsv(db: Queryable): AsyncGenerator<string> {
  yield '\uFEFF' + Papa.unparse([CSV_COLUMNS]) + '\r\n';
  let before: string | null = null;
  do {
    const page = await auditPage(db, before, 1000);
    if (page.entries.length > 0)
      yield Papa.unparse(page.entries.map(csvRow), { escapeFormulae: true }) + '\r\n';
    before = page.next;
  } while (before !== null);
}

export function registerAuditRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const adminsOnly = { config: { access: { roles: ADMINS } } };
  app.get(ACCOUNT_API.audit, adminsOnly, async (request) => {
    const q = parseBody(auditQuerySchema, request.query);
    return auditPage(ctx.db, q.before ?? null, q.limit);
  });

  app.get(ACCOUNT_API.auditCsv, adminsOnly, async (_request, reply) => {
    const stamp = new Date(ctx.now()).toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="ban-so-audit-${stamp}.csv"`)
      .send(Readable.from(auditCsv(ctx.db)));
  });
}
