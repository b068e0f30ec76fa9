// Routes of the helpers feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const helpersRoutes: RouteObject[] = [
  { path: '/helpers', lazy: async () => ({ Component: (await import('./helpers-page')).HelpersPage }) },
];
