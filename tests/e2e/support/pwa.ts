// Service-worker helpers: the first visit is not controlled (registerType 'prompt'), so wait for
// `ready`, reload, and check the controller; then the page works with the network cut.
import type { BrowserContext, Page } from 'playwright-core';

export async function openControlled(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  const controlled = await page.evaluate(async () => {
    for (let i = 0; i < 50 && !navigator.serviceWorker.controller; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    return navigator.serviceWorker.controller !== null;
  });
  if (!controlled) throw new Error('the service worker does not control the page after a reload');
  return page;
}

/** Opens the app once online, then cuts the network and reloads: the phone in a village with no signal. */
export async function openOffline(context: BrowserContext, url: string): Promise<Page> {
  const page = await openControlled(context, url);
  await context.setOffline(true);
  await page.reload();
  return page;
}
