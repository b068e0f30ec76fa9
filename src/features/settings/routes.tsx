// Routes of the settings feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const settingsRoutes: RouteObject[] = [
  { path: '/more', lazy: async () => ({ Component: (await import('./more-page')).MorePage }) },
];
