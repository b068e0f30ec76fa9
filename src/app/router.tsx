// Routes: each feature contributes its own lazily loaded routes, so the first load carries only the shell.
// Declarative routing (BrowserRouter + useRoutes) instead of the data router: the app uses no loaders or
// actions, and this keeps ~16 KB gzip of router code off the first load. A feature's `lazy` route
// becomes a React.lazy element that suspends into the layout's <Suspense>.
import { lazy, useState, type ComponentType } from 'react';
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import type { PageLoader } from '@/lib/page-loader';
import { checklistRoutes } from '@/features/checklist/routes';
import { helpersRoutes } from '@/features/helpers/routes';
import { homeRoutes } from '@/features/home/routes';
import { provinceRoutes } from '@/features/province/routes';
import { settingsRoutes } from '@/features/settings/routes';
import { syncRoutes } from '@/features/sync-status/routes';
import { trainingRoutes } from '@/features/training/routes';
import { villageProfileRoutes } from '@/features/village-profile/routes';
import { Layout } from './layout';

const Empty = () => null;

/** Turns a data-router route with `lazy: () => ({ Component })` into one with a React.lazy element; a
 * page whose loader (src/lib/page-loader) has already finished renders at once, without suspending. */
export function toElementRoute(route: RouteObject): RouteObject {
  const { lazy: load, children, ...rest } = route as RouteObject & { children?: RouteObject[] };
  const converted = { ...rest } as RouteObject & { children?: RouteObject[] };
  if (typeof load === 'function') {
    const LazyPage = lazy(async () => {
      const loaded = (await load()) as { Component?: ComponentType | null };
      return { default: loaded.Component ?? Empty };
    });
    const known = load as Partial<PageLoader>;
    // Chosen once per mount: switching from LazyPage to the loaded page later would remount the page.
    const Page = () => {
      const [Loaded] = useState(() => known.loaded);
      return Loaded ? <Loaded /> : <LazyPage />;
    };
    converted.element = <Page />;
  }
  if (children) converted.children = children.map(toElementRoute);
  return converted;
}

const routes: RouteObject[] = [
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
    ].map(toElementRoute),
  },
];

function AppRoutes() {
  return useRoutes(routes);
}

export function AppRouter() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
