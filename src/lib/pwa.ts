// Service-worker registration with a user-confirmed update: a new version waits until the user taps
// "Cập nhật" so the app never reloads itself mid-form (issue: field app, item 10).
import { Workbox } from 'workbox-window';
import { createStore } from 'zustand/vanilla';

export interface PwaState {
  updateWaiting: boolean;
  applyUpdate: () => void;
}

export const pwaStore = createStore<PwaState>(() => ({ updateWaiting: false, applyUpdate: () => {} }));

export function registerServiceWorker(url = '/sw.js'): Workbox | null {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return null;
  const wb = new Workbox(url);
  wb.addEventListener('waiting', () => {
    pwaStore.setState({
      updateWaiting: true,
      applyUpdate: () => {
        wb.addEventListener('controlling', () => window.location.reload());
        wb.messageSkipWaiting();
      },
    });
  });
  void wb.register();
  return wb;
}
