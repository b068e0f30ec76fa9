// The commune view on a cheap phone (issue 6): 30,000 records of one 55-village commune in the real
// IndexedDB, the real app offline at 4× CPU, timed inside the page from the tap (or the navigation) to the
// first village row showing its indicator values — no Playwright round trip inside the figure.
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import { phoneContext } from '../e2e/support/browser';
import { openControlled } from '../e2e/support/pwa';
import { throttle } from './throttle';

export interface CommuneViewResult {
  villages: number;
  stored: number;
  /** From the tap on "the commune's villages" (the route's first visit in that page load). */
  tapMs: number[];
  /** The same tap a second time in the page (route code and translations already loaded). */
  secondTapMs: number[];
  /** From navigation start of a reload at /checklist/commune (service worker cache, offline). */
  openMs: number[];
  /** Main-thread CPU time the first tap used (CDP ThreadTime, throttled): unlike wall time, other processes
   * on a loaded machine do not add to it. */
  tapCpuMs: number[];
  /** The machine's 1-minute load average before and after (2 cores shared: above 2, every figure is inflated). */
  loadAverage: [number, number];
}

/** A village row counts as shown once its indicator lines are in the page. */
const FIRST_VILLAGE = '.village-standing .village-standing__indicators li';
const LINK = 'a[href="/checklist/commune"]';

/** Taps the link and polls every frame until the first village row is there: ms, measured in the page.
 * A string, not a function: tsx would wrap named functions in a helper the page does not have. */
function tapAndTime(page: Page): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const anchor = document.querySelector(${JSON.stringify(LINK)});
    if (!anchor) return reject(new Error('no commune link'));
    const started = performance.now();
    anchor.click();
    const poll = () => document.querySelector(${JSON.stringify(FIRST_VILLAGE)})
      ? resolve(performance.now() - started) : requestAnimationFrame(poll);
    requestAnimationFrame(poll);
  })`);
}

/** Milliseconds from navigation start until the first village row (polled every frame). */
async function untilFirstVillage(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    (sel) => (document.querySelector(sel) ? performance.now() : false),
    FIRST_VILLAGE,
    { polling: 'raf', timeout: 60000 },
  );
  return Math.round((await handle.jsonValue()) as number);
}

export async function communeViewBench(
  browser: Browser,
  url: string,
  { villages = 55, count = 30000, runs = 5 } = {},
): Promise<CommuneViewResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const context = await phoneContext(browser);
  const seeder = await context.newPage();
  await seeder.goto(`${url}/bench/`);
  await seeder.waitForFunction(() => document.getElementById('ready')?.textContent === 'ready');
  const stored = await seeder.evaluate(
    ([v, n]) =>
      (
        window as unknown as { bench: { seedCommune(v: number, n: number): Promise<number> } }
      ).bench.seedCommune(v, n),
    [villages, count] as const,
  );
  await seeder.close();

  const app = await openControlled(context, url);
  await context.setOffline(true);
  const cdp = await throttle(context, app, { cpu: 4 });
  await cdp.send('Performance.enable');
  const threadMs = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
  const tapMs: number[] = [];
  const tapCpuMs: number[] = [];
  const secondTapMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await app.goto(`${url}/checklist`, { waitUntil: 'load' });
    await app.locator(LINK).first().waitFor();
    await app.waitForTimeout(1500); // the app settles (start-up queries, sync status) as before a real tap
    const cpuBefore = await threadMs();
    tapMs.push(Math.round(await tapAndTime(app)));
    tapCpuMs.push(Math.round((await threadMs()) - cpuBefore));
    await app.goBack();
    await app.locator(LINK).first().waitFor();
    await app.waitForTimeout(500);
    secondTapMs.push(Math.round(await tapAndTime(app)));
  }
  const openMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await app.goto(`${url}/checklist/commune`, { waitUntil: 'commit' });
    openMs.push(await untilFirstVillage(app));
  }
  await context.close();
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    villages,
    stored,
    tapMs,
    tapCpuMs,
    secondTapMs,
    openMs,
    loadAverage: [round(loadBefore), round(loadavg()[0] ?? 0)],
  };
}
