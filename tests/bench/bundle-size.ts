// Bundle figures: gzip size of the JS the first route loads (measured in Chromium: every script the
// page fetches until the home screen is up and the network is idle) and of the whole precache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { phoneContext } from '../e2e/support/browser';

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export interface FirstLoad {
  files: Array<{ path: string; gzip: number }>;
  gzipKb: number;
}

/** Scripts fetched by a first visit of `/` (no service worker yet), with their gzip sizes from dist/. */
export async function firstRouteJs(browser: Browser, url: string, dist: string): Promise<FirstLoad> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (req) => {
    if (req.resourceType() === 'script') scripts.add(new URL(req.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...scripts]
    .filter((p) => !p.endsWith('/sw.js'))
    .map((path) => ({ path, gzip: gzipBytes(join(dist, path)) }))
    .sort((a, b) => b.gzip - a.gzip);
  return { files, gzipKb: kb(files.reduce((sum, f) => sum + f.gzip, 0)) };
}

/** Every URL in the service worker's precache manifest, with the gzip total. */
export function precacheSize(dist: string): { entries: number; gzipKb: number; rawKb: number } {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] as string);
  let gzip = 0;
  let raw = 0;
  for (const u of urls) {
    const file = join(dist, u);
    gzip += gzipBytes(file);
    raw += readFileSync(file).length;
  }
  return { entries: urls.length, gzipKb: kb(gzip), rawKb: kb(raw) };
}
