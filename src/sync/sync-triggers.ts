// When sync starts by itself (DESIGN invariant 9): at app open, when the connection returns, every few
// minutes while the page is visible, and when the service worker relays a Background Sync event. The
// environment is injected so the wiring is tested without a browser.
export const SYNC_INTERVAL_MS = 5 * 60 * 1000;
export const BACKGROUND_SYNC_TAG = 'ban-so-sync';
export const SW_SYNC_MESSAGE = 'ban-so-sync';

export interface TriggerEnv {
  addEventListener(type: 'online', listener: () => void): void;
  removeEventListener(type: 'online', listener: () => void): void;
  isVisible(): boolean;
  onVisible(listener: () => void): () => void;
  setInterval(run: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Messages from the service worker (the Background Sync relay); optional. */
  onWorkerMessage?(listener: (data: unknown) => void): () => void;
}

/** Starts the triggers; returns a function that stops them all. */
export function startSyncTriggers(
  env: TriggerEnv,
  sync: () => void,
  intervalMs = SYNC_INTERVAL_MS,
): () => void {
  const onOnline = () => sync();
  env.addEventListener('online', onOnline);
  const timer = env.setInterval(() => {
    if (env.isVisible()) sync();
  }, intervalMs);
  const stopVisible = env.onVisible(() => sync());
  const stopWorker = env.onWorkerMessage?.((data) => {
    if ((data as { type?: unknown } | null)?.type === SW_SYNC_MESSAGE) sync();
  });
  sync(); // app open
  return () => {
    env.removeEventListener('online', onOnline);
    env.clearInterval(timer);
    stopVisible();
    stopWorker?.();
  };
}

interface SyncRegistration {
  sync?: { register(tag: string): Promise<void> };
}

/** Asks the browser to wake us when the connection returns (Chrome's Background Sync), where it exists. */
export async function registerBackgroundSync(
  ready: Promise<unknown> | undefined = globalThis.navigator?.serviceWorker?.ready,
): Promise<boolean> {
  if (!ready) return false;
  try {
    const registration = (await ready) as SyncRegistration;
    if (!registration.sync) return false;
    await registration.sync.register(BACKGROUND_SYNC_TAG);
    return true;
  } catch {
    return false; // permission denied or unsupported: the other triggers still run
  }
}
