// Routes of the province administration, all lazily loaded under /province: none of this code (nor qrcode
// or papaparse) is part of the phone's first load.
import type { RouteObject } from 'react-router';

export const provinceRoutes: RouteObject[] = [
  {
    path: '/province',
    lazy: async () => ({ Component: (await import('./province-page')).ProvincePage }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./overview-page')).OverviewPage }) },
      { path: 'units', lazy: async () => ({ Component: (await import('./units-page')).UnitsPage }) },
      {
        path: 'catalogs',
        lazy: async () => ({ Component: (await import('./catalogs-page')).CatalogsPage }),
      },
      { path: 'team', lazy: async () => ({ Component: (await import('./team-page')).TeamPage }) },
      { path: 'codes', lazy: async () => ({ Component: (await import('./codes-page')).CodesPage }) },
      { path: 'devices', lazy: async () => ({ Component: (await import('./devices-page')).DevicesPage }) },
      { path: 'accounts', lazy: async () => ({ Component: (await import('./accounts-page')).AccountsPage }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('./audit-page')).AuditPage }) },
      {
        path: 'recognitions',
        lazy: async () => ({ Component: (await import('./recognitions-page')).RecognitionsPage }),
      },
    ],
  },
];
