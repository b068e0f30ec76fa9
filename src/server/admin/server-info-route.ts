// GET /api/v1/admin/server-info: the server's configured public address (PUBLIC_URL), so the codes page
// puts an address phones can open into its QR codes — and warns when none is configured.
import type { FastifyInstance } from 'fastify';
import { ADMIN_API, type ServerInfo } from '@/protocol/admin-messages';
import { requireAdmin } from '@/server/admin/admin-session';
import type { ServerContext } from '@/server/http/server-context';

export function registerServerInfoRoute(app: FastifyInstance, ctx: ServerContext): void {
  app.get(ADMIN_API.serverInfo, async (request): Promise<ServerInfo> => {
    await requireAdmin(ctx, request);
    return { publicUrl: ctx.publicUrl ?? null };
  });
}
