// Routes of the village-profile feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const villageProfileRoutes: RouteObject[] = [
  {
    path: '/village-profile',
    lazy: async () => ({ Component: (await import('./village-profile-page')).VillageProfilePage }),
  },
];
