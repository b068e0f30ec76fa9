// Routes of the sync-status feature (sync screen and phone enrolment), loaded lazily so the first screen
// stays small. The enrolment QR encodes `/enrol?code=…`.
import type { RouteObject } from 'react-router';

export const syncRoutes: RouteObject[] = [
  { path: '/sync', lazy: async () => ({ Component: (await import('./sync-status-page')).SyncStatusPage }) },
  { path: '/enrol', lazy: async () => ({ Component: (await import('./enrol-page')).EnrolPage }) },
];
