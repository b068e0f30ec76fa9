// Background Sync relay, imported by the generated service worker (vite.config.ts workbox.importScripts).
// The sync engine lives in the page (it needs the app's IndexedDB code), so when Chrome fires the
// `ban-so-sync` event after the connection returns, we wake every open Bản Số window to run it.
self.addEventListener('sync', (event) => {
  if (event.tag !== 'ban-so-sync') return;
  event.waitUntil(
    self.clients
      .matchAll({ type: 'window', includeUncontrolled: true })
      .then((windows) => windows.forEach((client) => client.postMessage({ type: 'ban-so-sync' }))),
  );
});
