// Start-up times: a cold first load on 2G with a 4× slower CPU (nothing cached), and a warm start
// offline from the service worker with a 4× slower CPU, to the home screen (its h1) in demo mode.
import type { Browser } from 'playwright-core';
import { phoneContext } from '../e2e/support/browser';
import { enterDemo } from '../e2e/support/demo';
import { openControlled } from '../e2e/support/pwa';
import { median, msUntil, throttle, TWO_G } from './throttle';

const HOME_H1 = 'main h1';

export async function coldLoad2g(browser: Browser, url: string, runs = 3): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await throttle(context, page, { cpu: 4, network: TWO_G });
    await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
    times.push(await msUntil(page, HOME_H1, 120000));
    await context.close();
  }
  return times;
}

/** Warm offline starts of the home screen; `prepare` may fill the phone first (default: demo mode). */
export async function warmOfflineStart(browser: Browser, url: string, runs = 5): Promise<number[]> {
  const context = await phoneContext(browser);
  const page = await openControlled(context, url);
  await enterDemo(page);
  await context.setOffline(true);
  await throttle(context, page, { cpu: 4 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.reload({ waitUntil: 'commit' });
    times.push(await msUntil(page, HOME_H1));
    await page.getByRole('heading', { name: 'Trang chủ', level: 1 }).waitFor();
  }
  await context.close();
  return times;
}

export const summary = (times: number[]) => `${median(times)} ms (median of ${times.join(', ')})`;
