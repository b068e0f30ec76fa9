// Routes of the checklist feature, loaded lazily so the first screen stays small. The static
// /checklist/commune outranks /checklist/:villageId in react-router's matching.
import type { RouteObject } from 'react-router';
import { pageLoader } from '@/lib/page-loader';

const villagePage = async () => ({ Component: (await import('./checklist-page')).ChecklistPage });
/** Started ahead by the checklist page, so the tap on "commune" renders at once. */
export const communePage = pageLoader(async () => ({
  Component: (await import('./commune-page')).CommunePage,
}));

export const checklistRoutes: RouteObject[] = [
  { path: '/checklist', lazy: villagePage },
  {
    path: '/checklist/commune',
    lazy: communePage,
  },
  { path: '/checklist/:villageId', lazy: villagePage },
];
