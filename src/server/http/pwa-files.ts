// Serves the built PWA from `dist/` on the same port as the API: hashed assets are immutable, the
// service worker and index.html are revalidated on every load (so updates reach phones), and any other
// non-API path falls back to index.html for the client-side router.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ApiError } from './api-error';

const NO_CACHE = new Set(['sw.js', 'index.html', 'manifest.webmanifest', 'registerSW.js']);

export async function installPwaFiles(app: FastifyInstance, distDir: string | undefined): Promise<void> {
  const hasDist = distDir !== undefined && existsSync(`${distDir}/index.html`);
  if (hasDist) {
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      cacheControl: false,
      // vite.config.ts writes .br/.gz beside each hashed asset: a cold load on 2G moves the gzip size.
      preCompressed: true,
      setHeaders(res, path) {
        const name = basename(path);
        if (NO_CACHE.has(name) || name.startsWith('workbox-')) res.setHeader('cache-control', 'no-cache');
        else if (path.includes('/assets/'))
          res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        else res.setHeader('cache-control', 'public, max-age=3600');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || !['GET', 'HEAD'].includes(request.method))
      throw new ApiError(404, 'not_found', 'errors.notFound', `${request.method} ${path}`);
    if (!hasDist)
      throw new ApiError(404, 'not_found', 'errors.notFound', 'the app is not built: run npm start');
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
