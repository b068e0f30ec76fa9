// Routes of the checklist feature, loaded lazily so the first screen stays small. The static
// /checklist/commune outranks /checklist/:villageId in react-router's matching.
import type { RouteObject } from 'react-router';

const villagePage = async () => ({ Component: (await import('./checklist-page')).ChecklistPage });

export const checklistRoutes: RouteObject[] = [
  { path: '/checklist', lazy: villagePage },
  {
    path: '/checklist/commune',
    lazy: async () => ({ Component: (await import('./commune-page')).CommunePage }),
  },
  { path: '/checklist/:villageId', lazy: villagePage },
];
