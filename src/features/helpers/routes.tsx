// Routes of the Người bản số feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const helpersRoutes: RouteObject[] = [
  { path: '/helpers', lazy: async () => ({ Component: (await import('./helpers-page')).HelpersPage }) },
  {
    path: '/helpers/log',
    lazy: async () => ({ Component: (await import('./activity-log-page')).ActivityLogPage }),
  },
  {
    path: '/helpers/activities/:id',
    lazy: async () => ({ Component: (await import('./activity-edit-page')).ActivityEditPage }),
  },
  {
    path: '/helpers/people/new',
    lazy: async () => ({ Component: (await import('./helper-page')).NewHelperPage }),
  },
  {
    path: '/helpers/people/:id',
    lazy: async () => ({ Component: (await import('./helper-page')).EditHelperPage }),
  },
];
