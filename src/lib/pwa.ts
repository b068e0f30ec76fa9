// Service-worker registration with a user-confirmed update: a new version waits until the user taps
// "Cập nhật ngay" so the app never reloads itself mid-form (issue: field app, item 10). Plain browser
// API (no workbox-window) to keep the first load small; the generated worker skips waiting on a
// {type: 'SKIP_WAITING'} message.
import { createStore } from 'zustand/vanilla';

export interface PwaState {
  updateWaiting: boolean;
  applyUpdate: () => void;
}

export const pwaStore = createStore<PwaState>(() => ({ updateWaiting: false, applyUpdate: () => {} }));

function offerUpdate(waiting: ServiceWorker): void {
  pwaStore.setState({
    updateWaiting: true,
    applyUpdate: () => {
      navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
  });
}

/** Watches a registration: a new worker that finishes installing while another controls the page waits. */
export function watchForUpdates(registration: ServiceWorkerRegistration): void {
  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
    });
  });
}

/** Registers the service worker (production builds only) and offers waiting updates. */
export async function registerServiceWorker(url = '/sw.js'): Promise<ServiceWorkerRegistration | null> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const registration = await navigator.serviceWorker.register(url, { scope: '/', type: 'classic' });
  watchForUpdates(registration);
  return registration;
}
