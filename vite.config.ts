// Build, dev-server and unit-test configuration for the Bản Số PWA.
// The precache list is deliberate: the app shell (index.html, the JS and CSS chunks — locales and sample
// catalogs are bundled into them —, the manifest and its icons) is precached so every screen opens
// offline; nothing under /api is ever cached by the service worker (sync owns that data).
// Chunks: the libraries every screen needs get their own long-lived chunks (a deploy of app code does
// not invalidate them); zod, qrcode and papaparse stay out of the first load, in the routes that use them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

/** Library chunks, by package; anything not listed is split automatically along the lazy routes. */
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
  { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/, priority: 20 },
  { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/, priority: 20 },
  { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 20 },
  { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 20 },
];

/** Writes `.gz` and `.br` beside every hashed asset, for servers that send precompressed files (a
 * cold load on 2G moves the gzip size, not the raw size). Only assets/: they never change in place. */
function precompressAssets(): Plugin {
  let assetsDir = '';
  return {
    name: 'ban-so:precompress-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const name of readdirSync(assetsDir)) {
          if (!/\.(js|css|svg|json)$/.test(name)) continue;
          const file = join(assetsDir, name);
          const raw = readFileSync(file);
          if (raw.length < 1024) continue;
          writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
          writeFileSync(
            `${file}.br`,
            brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
          );
        }
      },
    },
  };
}

/** The start's later steps (main.tsx), the home screen's lazy chunks and its two locale namespaces,
 * which every start at `/` needs. */
const FIRST_ROUTE_MODULES = [
  '/src/lib/i18n.ts',
  '/src/storage/session-store.ts',
  '/src/app/render-app.tsx',
  '/src/features/home/home-page.tsx',
  '/locales/vi/common.json',
  '/locales/vi/home.json',
];

/** Adds <link rel="modulepreload"> for the first route's lazy chunks, so on a 2G link they download
 * with the entry instead of one round trip after it has run. */
function preloadFirstRoute(): Plugin {
  return {
    name: 'ban-so:preload-first-route',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const already = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
        const wanted = new Set<string>();
        const visit = (fileName: string) => {
          if (already.has(fileName) || wanted.has(fileName)) return;
          wanted.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
        };
        for (const chunk of chunks) {
          // A module imported both lazily and statically lands in a shared chunk with no facade: look
          // at every module a chunk holds.
          const ids = [chunk.facadeModuleId, ...chunk.moduleIds].map((id) => id?.replace(/\\/g, '/') ?? '');
          if (ids.some((id) => FIRST_ROUTE_MODULES.some((m) => id.endsWith(m)))) visit(chunk.fileName);
        }
        return [...wanted].map((fileName): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

/** In the browser build, every `import … from 'zod'` gets src/lib/zod-without-eval.ts, which sets zod's
 * `jitless` before the first schema exists (an ES module's imports run before it, so no schema module
 * can come first): no `new Function` probe, so no CSP violation on the page. */
function zodWithoutEval(): Plugin {
  const wrapper = fileURLToPath(new URL('./src/lib/zod-without-eval.ts', import.meta.url));
  return {
    name: 'ban-so:zod-without-eval',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'zod' || !importer || importer === wrapper) return null;
      return wrapper;
    },
  };
}

/** Inlines the entry stylesheet (a few KB) into index.html: a <link rel="stylesheet"> blocks the first
 * paint for one more round trip, which on a slow link is most of Lighthouse's first contentful paint. */
function inlineEntryCss(): Plugin {
  return {
    name: 'ban-so:inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (tag, fileName: string) => {
            const asset = bundle[fileName];
            if (asset?.type !== 'asset') return tag;
            const css =
              typeof asset.source === 'string' ? asset.source : Buffer.from(asset.source).toString();
            return `<style>${css}</style>`;
          },
        );
      },
    },
  };
}

export default defineConfig({
  resolve: {
    alias: {
      '@catalogs': fileURLToPath(new URL('./catalogs', import.meta.url)),
      '@tests': fileURLToPath(new URL('./tests', import.meta.url)),
      '@': fileURLToPath(new URL('./src', import.meta.url)),
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 250,
    rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
  },
  plugins: [
    react(),
    zodWithoutEval(),
    precompressAssets(),
    preloadFirstRoute(),
    inlineEntryCss(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      includeAssets: ['icons/icon.svg'],
      includeManifestIcons: true,
      manifest: {
        name: 'Bản Số — Chuyển đổi số thôn bản',
        short_name: 'Bản Số',
        description:
          'Ghi nhận Bình dân học vụ số, Người bản số và tiêu chí Thôn số — dùng được khi không có sóng.',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#0b6e4f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['index.html', 'assets/*.{js,css}'],
        // The province's chart library (~117 KB gzip) is never used on a phone, and the province
        // screens need the network anyway: not precached.
        globIgnores: ['**/*.map', 'bench/**', 'assets/score-chart-*.js'],
        // Background Sync relay (public/sw-sync.js): wakes the page's sync engine when the link returns.
        importScripts: ['/sw-sync.js'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
        runtimeCaching: [],
      },
    }),
  ],
  test: {
    globals: true,
    setupFiles: ['./tests/setup/vitest-setup.ts'],
    testTimeout: 20000,
    // .ci/run sets VITEST_JSON to a file path to count results; the console output stays the default.
    ...(process.env.VITEST_JSON
      ? { reporters: ['default', 'json'], outputFile: { json: process.env.VITEST_JSON } }
      : {}),
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
        },
      },
      { extends: true, test: { name: 'dom', environment: 'jsdom', include: ['src/**/*.test.tsx'] } },
    ],
  },
});
