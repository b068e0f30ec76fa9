// Entry: open the local database and session, start i18n, render; then, once the first screen is up,
// register the service worker and start the background work (the sync engine and zod load there, off
// the first screen's path).
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, savedLanguage } from '@/lib/i18n';
import { registerServiceWorker } from '@/lib/pwa';
import { loadSession } from '@/storage/session-store';
import { AppRouter } from './router';
import './styles.css';

/** Namespaces of the shell and the home screen; the other features' load with their routes. */
const FIRST_SCREEN_NAMESPACES = ['common', 'home'];

async function start() {
  const [i18n] = await Promise.all([createI18n(savedLanguage(), FIRST_SCREEN_NAMESPACES), loadSession()]);
  document.documentElement.lang = i18n.language;
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  // A transition renders in slices that yield to the browser every few milliseconds, instead of one
  // long task a cheap phone cannot answer a tap during; the HTML shell stays up until React commits.
  const app = createRoot(root);
  startTransition(() =>
    app.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <AppRouter />
        </I18nextProvider>
      </StrictMode>,
    ),
  );
  afterFirstScreen(() => {
    void registerServiceWorker();
    void import('./background').then((background) => background.startBackgroundWork());
  });
}

/** Runs `work` when the page has loaded and the main thread is idle (at most ~2 s later). */
function afterFirstScreen(work: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(work, { timeout: 2000 })
      : setTimeout(work, 200);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

void start();
