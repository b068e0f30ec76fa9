// Routes of the checklist feature, loaded lazily so the first screen stays small.
import type { RouteObject } from 'react-router';

export const checklistRoutes: RouteObject[] = [
  { path: '/checklist', lazy: async () => ({ Component: (await import('./checklist-page')).ChecklistPage }) },
];
