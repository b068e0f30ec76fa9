// Entry: open the local database and session, start i18n, register the service worker, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { createI18n } from '@/lib/i18n';
import { registerServiceWorker } from '@/lib/pwa';
import { loadSession } from '@/storage/session-store';
import { createRouter } from './router';
import { startBackgroundWork } from './background';
import './styles.css';

async function start() {
  const [i18n] = await Promise.all([createI18n(), loadSession()]);
  document.documentElement.lang = i18n.language;
  registerServiceWorker();
  startBackgroundWork();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={createRouter()} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
