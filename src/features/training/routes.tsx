// Routes of the training feature, loaded lazily so the first screen stays small: the list, a new
// session, and editing one.
import type { RouteObject } from 'react-router';

const formPage = async () => ({ Component: (await import('./training-form-page')).TrainingFormPage });

export const trainingRoutes: RouteObject[] = [
  {
    path: '/training',
    lazy: async () => ({ Component: (await import('./training-list-page')).TrainingListPage }),
  },
  { path: '/training/new', lazy: formPage },
  { path: '/training/:id', lazy: formPage },
];
