// Routes of the home feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const homeRoutes: RouteObject[] = [
  { path: '/', lazy: async () => ({ Component: (await import('./home-page')).HomePage }) },
];
