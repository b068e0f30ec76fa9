// Routes of the province feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const provinceRoutes: RouteObject[] = [
  { path: '/province', lazy: async () => ({ Component: (await import('./province-page')).ProvincePage }) },
];
