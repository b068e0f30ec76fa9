// Work that runs beside the UI once the app is up: storage persistence request (once the phone is enrolled:
// from then on it holds the only copy of unsent work; demo data and a bare first visit need no promise),
// and the sync triggers
// (app open, online, every few minutes while visible, Background Sync relayed by the service worker).
// Kept out of the render path so the home screen paints first. `syncNow` itself refuses demo mode and
// phones that are not enrolled, so the triggers can always run; the engine itself (and zod with it: a
// long task to build its schemas on a cheap phone) is loaded only once there is something to sync.
import { sessionStore } from '@/storage/session-store';
import { registerBackgroundSync, startSyncTriggers, type TriggerEnv } from '@/sync/sync-triggers';

function browserEnv(): TriggerEnv {
  return {
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    isVisible: () => document.visibilityState === 'visible',
    onVisible(listener) {
      const onChange = () => {
        if (document.visibilityState === 'visible') listener();
      };
      document.addEventListener('visibilitychange', onChange);
      return () => document.removeEventListener('visibilitychange', onChange);
    },
    setInterval: (run, ms) => window.setInterval(run, ms),
    clearInterval: (handle) => window.clearInterval(handle as number),
    onWorkerMessage(listener) {
      const container = navigator.serviceWorker;
      if (!container) return () => {};
      const onMessage = (event: MessageEvent) => listener(event.data);
      container.addEventListener('message', onMessage);
      return () => container.removeEventListener('message', onMessage);
    },
  };
}

async function runSync(): Promise<void> {
  // A demo or not-yet-enrolled phone has nothing to send (syncNow would refuse it too): don't load the
  // engine for it. After enrolment the next trigger (online, visible, the timer) finds it enrolled.
  const { mode, enrolment } = sessionStore.getState();
  if (mode !== 'real' || !enrolment) return;
  const { syncNow } = await import('@/sync/app-sync');
  const outcome = await syncNow();
  if (!outcome || outcome.ok) return;
  // Offline or unreachable: ask the browser to wake us when the connection returns.
  if (outcome.failure === 'unreachable' || outcome.failure === 'server') await registerBackgroundSync();
  // 426: the server speaks a newer protocol; look for the new app version (the update prompt offers it).
  if (outcome.failure === 'upgrade')
    await navigator.serviceWorker?.getRegistration().then((r) => r?.update());
}

/** Asks `navigator.storage.persist()` as soon as the real database has an enrolment (now, or when the
 * enrol page stores one). Settings says what the browser answered and what it means. */
function askPersistenceOnceEnrolled(): void {
  if (!navigator.storage?.persist) return;
  const enrolled = () => {
    const { mode, enrolment } = sessionStore.getState();
    return mode === 'real' && enrolment !== null;
  };
  if (enrolled()) {
    void navigator.storage.persist();
    return;
  }
  const stop = sessionStore.subscribe(() => {
    if (!enrolled()) return;
    stop();
    void navigator.storage.persist();
  });
}

export function startBackgroundWork(): void {
  askPersistenceOnceEnrolled();
  startSyncTriggers(browserEnv(), () => void runSync());
  window.addEventListener('offline', () => void registerBackgroundSync());
}
