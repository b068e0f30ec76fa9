// A route's page, loaded on first use: the load runs once however often it is asked for (a screen may
// start it ahead, while the phone is idle), and once it has finished the page is known synchronously,
// so the router renders it at once instead of suspending for a turn of the event loop first.
import type { ComponentType } from 'react';

export interface PageLoader {
  (): Promise<{ Component: ComponentType }>;
  /** The page, once loaded. */
  loaded?: ComponentType;
}

export function pageLoader(load: () => Promise<{ Component: ComponentType }>): PageLoader {
  let pending: Promise<{ Component: ComponentType }> | undefined;
  const loader: PageLoader = () =>
    (pending ??= load().then((page) => {
      loader.loaded = page.Component;
      return page;
    }));
  return loader;
}
