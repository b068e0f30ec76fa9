// Entry: open the local database and session, start i18n, register the service worker, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, savedLanguage } from '@/lib/i18n';
import { registerServiceWorker } from '@/lib/pwa';
import { loadSession } from '@/storage/session-store';
import { AppRouter } from './router';
import { startBackgroundWork } from './background';
import './styles.css';

/** Namespaces of the shell and the home screen; the other features' load with their routes. */
const FIRST_SCREEN_NAMESPACES = ['common', 'home'];

async function start() {
  const [i18n] = await Promise.all([createI18n(savedLanguage(), FIRST_SCREEN_NAMESPACES), loadSession()]);
  document.documentElement.lang = i18n.language;
  void registerServiceWorker();
  startBackgroundWork();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppRouter />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
