// Routes of the home feature, loaded lazily so the first screen stays small; the pickers are reached
// from home and from settings (`/pick/village?back=/more`).
import type { RouteObject } from 'react-router';

export const homeRoutes: RouteObject[] = [
  { path: '/', lazy: async () => ({ Component: (await import('./home-page')).HomePage }) },
  { path: '/pick/member', lazy: async () => ({ Component: (await import('./pick-pages')).PickMemberPage }) },
  {
    path: '/pick/village',
    lazy: async () => ({ Component: (await import('./pick-pages')).PickVillagePage }),
  },
];
