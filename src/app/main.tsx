// Entry: open the local database and session, start i18n, render; then, once the first screen is up,
// register the service worker and start the background work (the sync engine and zod load there, off
// the first screen's path). The code loads in steps — i18n and the database, then React and the app —
// so a cheap phone runs each step as its own task (all at once it was one ~300 ms task at 4× CPU); the
// chunks still download together (modulepreload).
import './styles.css';

/** Namespaces of the shell and the home screen; the other features' load with their routes. */
const FIRST_SCREEN_NAMESPACES = ['common', 'home'];

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  const [{ createI18n, savedLanguage }, { loadSession }] = await Promise.all([
    import('@/lib/i18n'),
    import('@/storage/session-store'),
  ]);
  const [i18n] = await Promise.all([createI18n(savedLanguage(), FIRST_SCREEN_NAMESPACES), loadSession()]);
  document.documentElement.lang = i18n.language;
  const { renderApp } = await import('./render-app');
  renderApp(root, i18n);
  afterFirstScreen(() => {
    void import('@/lib/pwa').then((pwa) => pwa.registerServiceWorker());
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
