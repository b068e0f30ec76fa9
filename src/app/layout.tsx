// The app frame: demo banner, the page, the update prompt and the bottom navigation. The province screens
// (/province, desktop and tablet first) get the full width and no phone bottom bar.
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { useStore } from 'zustand';
import { sessionStore } from '@/storage/session-store';
import { BottomNav } from '@/ui/bottom-nav';
import { UpdatePrompt } from './update-prompt';

export function Layout() {
  const { t } = useTranslation();
  const mode = useStore(sessionStore, (s) => s.mode);
  const desk = isProvincePath(useLocation().pathname);
  return (
    <div className={desk ? 'app app--desk' : 'app'}>
      {mode === 'demo' && (
        <p className="demo-banner" role="status">
          {t('demoBanner')}
        </p>
      )}
      <main className="app__main">
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <UpdatePrompt />
      {!desk && (
        <BottomNav
          label={t('nav.label')}
          items={[
            { to: '/', label: t('nav.home'), icon: '⌂' },
            { to: '/training', label: t('nav.training'), icon: '✎' },
            { to: '/helpers', label: t('nav.helpers'), icon: '☺' },
            { to: '/checklist', label: t('nav.checklist'), icon: '✓' },
            { to: '/more', label: t('nav.more'), icon: '☰' },
          ]}
        />
      )}
    </div>
  );
}

/** The province's desk screens: everything under /province. */
export function isProvincePath(pathname: string): boolean {
  return pathname === '/province' || pathname.startsWith('/province/');
}
