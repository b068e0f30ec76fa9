// Routes of the village-profile feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

const page = async () => ({ Component: (await import('./village-profile-page')).VillageProfilePage });

export const villageProfileRoutes: RouteObject[] = [
  { path: '/village-profile', lazy: page },
  { path: '/village-profile/:villageId', lazy: page },
];
