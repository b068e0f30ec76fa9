// 30,000 training sessions on the phone (a commune over five years), 4× slower CPU: the training
// feature's exported queries timed in the page (seeded through the app's own modules on the app's
// origin), then the real app on that data, offline: warm start, the training list, the commune view
// (indicators and Thôn số standing computed on the phone), and the JS heap.
import type { Browser, Page } from 'playwright-core';
import { phoneContext } from '../e2e/support/browser';
import { openControlled } from '../e2e/support/pwa';
import { heapMb, median, msUntil, throttle } from './throttle';

export interface QueryTiming {
  name: string;
  firstMs: number;
  medianMs: number;
  rows: number;
}

interface BenchApi {
  seed(count: number): Promise<number>;
  queries(): Promise<QueryTiming[]>;
  close(): void;
}

export interface RecordsResult {
  stored: number;
  seedMs: number;
  queries: QueryTiming[];
  benchPageHeapMb: number;
  warmStartMs: number[];
  listMs: number[];
  communeViewMs: number[];
  heapHomeMb: number;
  heapListMb: number;
  heapAfterMorePagesMb: number;
}

const api = (page: Page) => page.evaluate.bind(page);

export async function recordsBench(browser: Browser, url: string, count = 30000): Promise<RecordsResult> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  await page.goto(`${url}/bench/`);
  await page.waitForFunction(() => document.getElementById('ready')?.textContent === 'ready');
  const seedStarted = Date.now();
  const stored = await api(page)((n) => (window as unknown as { bench: BenchApi }).bench.seed(n), count);
  const seedMs = Date.now() - seedStarted;
  const cdp = await throttle(context, page, { cpu: 4 });
  const queries = await api(page)(() => (window as unknown as { bench: BenchApi }).bench.queries());
  const benchPageHeapMb = await heapMb(cdp);
  await api(page)(() => (window as unknown as { bench: BenchApi }).bench.close());
  await page.close();

  // The app itself on the same origin, so on the same IndexedDB (demo mode, member and village chosen).
  const app = await openControlled(context, url);
  await context.setOffline(true);
  const appCdp = await throttle(context, app, { cpu: 4 });
  const warmStartMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    await app.reload({ waitUntil: 'commit' });
    warmStartMs.push(await msUntil(app, 'main h1'));
    await app.getByRole('heading', { name: 'Trang chủ', level: 1 }).waitFor();
  }
  await app.waitForTimeout(1000);
  const heapHomeMb = await heapMb(appCdp);

  const listMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    await app.goto(`${url}/training`, { waitUntil: 'commit' });
    listMs.push(await msUntil(app, 'main li'));
  }
  await app.waitForTimeout(1000);
  const heapListMb = await heapMb(appCdp);
  const communeViewMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    await app.goto(`${url}/training`, { waitUntil: 'commit' });
    await app.locator('main li').first().waitFor();
    // Client-side navigation, as a user taps through: the route chunk is cached after the first run.
    const started = Date.now();
    await app.evaluate(() => {
      history.pushState(null, '', '/checklist/commune');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await app.locator('.village-standing').first().waitFor({ timeout: 60000 });
    communeViewMs.push(Date.now() - started);
  }
  await app.goto(`${url}/training`, { waitUntil: 'commit' });
  await app.locator('main li').first().waitFor();
  const more = app.getByRole('button', { name: 'Xem thêm' });
  for (let i = 0; i < 5 && (await more.count()) > 0; i++) {
    await more.first().click();
    await app.waitForTimeout(300);
  }
  const heapAfterMorePagesMb = await heapMb(appCdp);
  await context.close();
  return {
    stored,
    seedMs,
    queries,
    benchPageHeapMb,
    warmStartMs,
    listMs,
    communeViewMs,
    heapHomeMb,
    heapListMb,
    heapAfterMorePagesMb,
  };
}

export const medianOf = median;
