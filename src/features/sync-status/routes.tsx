// Routes of the sync-status feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const syncRoutes: RouteObject[] = [
  { path: '/sync', lazy: async () => ({ Component: (await import('./sync-status-page')).SyncStatusPage }) },
];
