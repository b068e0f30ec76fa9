// GET /api/v1/admin/server-info: the server's configured public address (PUBLIC_URL), so the codes page
// puts an address phones can open into its QR codes — and warns when none is configured.
import type { FastifyInstance } from 'fastify';
import { ADMIN_API, type ServerInfo } from '@/protocol/admin-messages';
import { MANAGERS } from '@/server/auth/access';
import type { ServerContext } from '@/server/http/server-context';

export function registerServerInfoRoute(app: FastifyInstance, ctx: ServerContext): void {
  // The codes page asks it: whoever issues codes (a commune official or the province administrator).
  app.get(
    ADMIN_API.serverInfo,
    { config: { access: { roles: MANAGERS } } },
    async (): Promise<ServerInfo> => {
      return { publicUrl: ctx.publicUrl ?? null };
    },
  );
}
