// The cheap phone and the 2G link of DESIGN.md, through the Chrome DevTools Protocol (TOOLCHAIN.md).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const TWO_G = { offline: false, latency: 300, downloadThroughput: 31250, uploadThroughput: 6250 };

export async function throttle(
  context: BrowserContext,
  page: Page,
  { cpu = 4, network = null as typeof TWO_G | null } = {},
): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  return cdp;
}

/** Milliseconds from navigation start until `selector` is in the page (polled every frame). */
export async function msUntil(page: Page, selector: string, timeout = 60000): Promise<number> {
  const handle = await page.waitForFunction(
    (sel) => (document.querySelector(sel) ? performance.now() : false),
    selector,
    { polling: 'raf', timeout },
  );
  return Math.round((await handle.jsonValue()) as number);
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/** The page's JS heap in MB after a full garbage collection. */
export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return Math.round((usedSize / 1048576) * 10) / 10;
}
