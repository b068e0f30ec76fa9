// Routes of the training feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const trainingRoutes: RouteObject[] = [
  {
    path: '/training',
    lazy: async () => ({ Component: (await import('./training-list-page')).TrainingListPage }),
  },
];
