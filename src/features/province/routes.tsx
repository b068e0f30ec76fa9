// Routes of the province administration, all lazily loaded under /province: none of this code (nor qrcode,
// papaparse or the charts) is part of the phone's first load. The scoreboard screens keep the period in
// the URL (?period=…), so each of them can be shared and reloaded as seen.
import type { RouteObject } from 'react-router';

export const provinceRoutes: RouteObject[] = [
  {
    path: '/province',
    lazy: async () => ({ Component: (await import('./province-page')).ProvincePage }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./dashboard-page')).DashboardPage }) },
      {
        path: 'communes/:communeId',
        lazy: async () => ({ Component: (await import('./commune-page')).CommunePage }),
      },
      {
        path: 'communes/:communeId/villages/:villageId',
        lazy: async () => ({ Component: (await import('./village-page')).VillagePage }),
      },
      {
        path: 'contributions',
        lazy: async () => ({ Component: (await import('./contributions-page')).ContributionsPage }),
      },
      { path: 'report', lazy: async () => ({ Component: (await import('./report-page')).ReportPage }) },
      { path: 'units', lazy: async () => ({ Component: (await import('./units-page')).UnitsPage }) },
      {
        path: 'catalogs',
        lazy: async () => ({ Component: (await import('./catalogs-page')).CatalogsPage }),
      },
      { path: 'team', lazy: async () => ({ Component: (await import('./team-page')).TeamPage }) },
      { path: 'codes', lazy: async () => ({ Component: (await import('./codes-page')).CodesPage }) },
      { path: 'devices', lazy: async () => ({ Component: (await import('./devices-page')).DevicesPage }) },
      { path: 'accounts', lazy: async () => ({ Component: (await import('./accounts-page')).AccountsPage }) },
      {
        path: 'backup',
        lazy: async () => ({ Component: (await import('./backup-import-page')).BackupImportPage }),
      },
      { path: 'audit', lazy: async () => ({ Component: (await import('./audit-page')).AuditPage }) },
      {
        path: 'recognitions',
        lazy: async () => ({ Component: (await import('./recognitions-page')).RecognitionsPage }),
      },
    ],
  },
];
