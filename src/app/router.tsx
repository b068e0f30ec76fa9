// Routes: each feature contributes its own lazily loaded routes, so the first load carries only the shell.
import { createBrowserRouter } from 'react-router';
import { checklistRoutes } from '@/features/checklist/routes';
import { helpersRoutes } from '@/features/helpers/routes';
import { homeRoutes } from '@/features/home/routes';
import { provinceRoutes } from '@/features/province/routes';
import { settingsRoutes } from '@/features/settings/routes';
import { syncRoutes } from '@/features/sync-status/routes';
import { trainingRoutes } from '@/features/training/routes';
import { villageProfileRoutes } from '@/features/village-profile/routes';
import { Layout } from './layout';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      children: [
        ...homeRoutes,
        ...trainingRoutes,
        ...helpersRoutes,
        ...checklistRoutes,
        ...villageProfileRoutes,
        ...settingsRoutes,
        ...syncRoutes,
        ...provinceRoutes,
      ],
    },
  ]);
}
