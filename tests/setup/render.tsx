// Component-test harness: a fresh demo database seeded with the sample catalogs, a chosen member and
// village, Vietnamese i18n and a memory router, so tests query the page by role and label as a user would.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createI18n } from '@/lib/i18n';
import { BanSoDatabase } from '@/storage/database';
import { DEMO_COMMUNE_ID, seedDemo } from '@/storage/demo-seed';
import { sessionStore } from '@/storage/session-store';

let counter = 0;

export interface AppTestContext extends RenderResult {
  db: BanSoDatabase;
}

/** Opens a fresh seeded database and makes it the session's, as a signed-in demo member in Suối Chải. */
export async function freshSession(
  opts: { memberId?: string; villageId?: string } = {},
): Promise<BanSoDatabase> {
  const db = new BanSoDatabase(`test-${Date.now()}-${counter++}`);
  await seedDemo(db);
  sessionStore.setState({
    mode: 'demo',
    db,
    enrolment: null,
    communeId: DEMO_COMMUNE_ID,
    memberId: opts.memberId ?? 'sample-member-1',
    villageId: opts.villageId ?? 'sample-bx-suoi-chai',
  });
  return db;
}

/** Renders `routes` at `path` inside i18n (vi unless told) and a memory router. */
export async function renderRoutes(
  routes: RouteObject[],
  path: string,
  { lang = 'vi' as 'vi' | 'en' } = {},
): Promise<RenderResult & { router: ReturnType<typeof createMemoryRouter> }> {
  const i18n = await createI18n(lang);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...result, router };
}

export async function renderWithI18n(
  ui: ReactNode,
  { lang = 'vi' as 'vi' | 'en' } = {},
): Promise<RenderResult> {
  const i18n = await createI18n(lang);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}
