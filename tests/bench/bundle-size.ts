// Bundle figures: gzip size of the JS the first route loads — from the build manifest: the entry, the
// home route and the two locale namespaces it preloads, with everything they import statically — checked
// in Chromium (every script a first visit fetches, start-up work after the first screen included), and
// the gzip size of the whole precache.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { phoneContext } from '../e2e/support/browser';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

/** The modules whose chunks make up the first route: shell entry, home screen, its namespaces. */
export const FIRST_ROUTE = [
  'index.html',
  'src/features/home/home-page.tsx',
  'locales/vi/common.json',
  'locales/vi/home.json',
];

/** Chunks the first route needs, by static import closure over dist/.vite/manifest.json. */
export function firstRouteChunks(dist: string): Array<{ path: string; gzip: number }> {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  FIRST_ROUTE.forEach(visit);
  // The entry loads the rest of the start in steps (src/app/main.tsx), and index.html preloads them:
  // whatever the page preloads is first-route code too.
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const [, file] of html.matchAll(/<link rel="modulepreload"[^>]*href="\/([^"]+)"/g)) {
    const key = file ? keyOf.get(file) : undefined;
    if (key) visit(key);
  }
  return [...seen]
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ path: `/${f}`, gzip: gzipBytes(join(dist, f)) }))
    .sort((a, b) => b.gzip - a.gzip);
}

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
export const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

const total = (files: Array<{ gzip: number }>) => kb(files.reduce((sum, f) => sum + f.gzip, 0));

export interface FirstLoad {
  /** The first route's JS (static analysis of the build). */
  firstRoute: Array<{ path: string; gzip: number }>;
  firstRouteKb: number;
  /** Every script a first visit fetches in Chromium, deferred start-up work included. */
  startup: Array<{ path: string; gzip: number }>;
  startupKb: number;
  /** Fetched at start-up but not part of the first route (service worker, sync engine). */
  deferred: Array<{ path: string; gzip: number }>;
  deferredKb: number;
}

/** The first route's JS, and what a first visit of `/` fetches in Chromium (no service worker yet). */
export async function firstRouteJs(browser: Browser, url: string, dist: string): Promise<FirstLoad> {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const requested = new Set<string>();
  page.on('request', (req) => {
    if (req.resourceType() === 'script') requested.add(new URL(req.url()).pathname);
  });
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2500);
  await page.waitForLoadState('networkidle');
  await context.close();
  const firstRoute = firstRouteChunks(dist);
  const inRoute = new Set(firstRoute.map((f) => f.path));
  const startup = [...requested]
    .filter((p) => p.startsWith('/assets/'))
    .map((path) => ({ path, gzip: gzipBytes(join(dist, path)) }))
    .sort((a, b) => b.gzip - a.gzip);
  const missing = firstRoute.filter((f) => !requested.has(f.path));
  if (missing.length) throw new Error(`the browser did not fetch ${missing.map((f) => f.path).join(', ')}`);
  const deferred = startup.filter((f) => !inRoute.has(f.path));
  return {
    firstRoute,
    firstRouteKb: total(firstRoute),
    startup,
    startupKb: total(startup),
    deferred,
    deferredKb: total(deferred),
  };
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
