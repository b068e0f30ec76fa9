// The Fastify application: JSON (optionally gzip) bodies, compressed replies (@fastify/compress), one
// error shape, the sync and enrolment API for phones, the admin API for the province screens, and the built PWA on the same port.
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { MAX_BODY_BYTES } from '@/protocol/version';
import { registerAccountRoutes } from '@/server/admin/account-routes';
import { registerAuditRoutes } from '@/server/admin/audit-routes';
import { registerCatalogRoutes } from '@/server/admin/catalog-routes';
import { registerAdminSession } from '@/server/admin/admin-session';
import { registerDeviceRoutes } from '@/server/admin/device-routes';
import { registerOverviewRoute } from '@/server/admin/overview-route';
import { registerRecognitionRoutes } from '@/server/admin/recognition-routes';
import { registerRecordsRoute } from '@/server/admin/records-route';
import { registerServerInfoRoute } from '@/server/admin/server-info-route';
import { registerTeamRoutes } from '@/server/admin/team-routes';
import { registerBackupImportRoute } from '@/server/backup/import-route';
import { registerBackupPhotoImportRoute } from '@/server/backup/photo-import-route';
import { registerEnrolRoute } from '@/server/devices/enrol-route';
import { installAccessControl } from '@/server/auth/access';
import { registerReportRoutes } from '@/server/reports/report-routes';
import { databasePhotos, type PhotoOptions } from '@/server/photos/photo-options';
import { registerPhotoRoutes } from '@/server/photos/photo-routes';
import { registerSyncRoute } from '@/server/sync/sync-route';
import { installErrorHandler } from './api-error';
import { installJsonBody } from './json-body';
import { installPwaFiles } from './pwa-files';
import { installReplyCompression } from './reply-compression';
import { frameworkErrors, installUrlHygiene } from './url-hygiene';
import { installSecurityHeaders } from './security-headers';
import type { ServerContext } from './server-context';

export interface AppOptions {
  logger?: FastifyServerOptions['logger'];
  /** The built PWA (vite's dist/); omitted in API-only tests. */
  distDir?: string;
  trustProxy?: boolean;
  /** Sees every route as it is registered (the role × endpoint matrix test lists the admin routes). */
  onRoute?: (route: { method: string | string[]; url: string }) => void;
  /** Where photos are kept (default: in the database). */
  photos?: PhotoOptions;
}

export async function buildApp(ctx: ServerContext, opts: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    trustProxy: opts.trustProxy ?? false,
    frameworkErrors,
  });
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);
  installErrorHandler(app);
  installUrlHygiene(app);
  installJsonBody(app);
  await installReplyCompression(app);
  await installSecurityHeaders(app, opts.distDir);
  // Role and commune scope of every /api/v1/admin route, checked once before any handler (auth/access.ts).
  installAccessControl(app, ctx);
  app.get('/api/v1/health', async () => ({ ok: true, database: ctx.db.kind }));
  registerEnrolRoute(app, ctx);
  registerSyncRoute(app, ctx);
  registerAdminSession(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerTeamRoutes(app, ctx);
  registerDeviceRoutes(app, ctx);
  registerOverviewRoute(app, ctx);
  registerRecordsRoute(app, ctx);
  registerAccountRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerReportRoutes(app, ctx);
  registerRecognitionRoutes(app, ctx);
  registerServerInfoRoute(app, ctx);
  registerBackupImportRoute(app, ctx);
  registerBackupPhotoImportRoute(app, ctx, opts.photos ?? databasePhotos);
  await registerPhotoRoutes(app, ctx, opts.photos ?? databasePhotos);
  await installPwaFiles(app, opts.distDir);
  return app;
}
