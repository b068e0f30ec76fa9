// A tiny static server for dist/ with the SPA fallback, used when the province server is not there yet
// (or when E2E_SERVER=static) and by the benchmarks. It never caches sw.js, and it sends the precompressed
// .gz of an asset when the browser accepts gzip.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/** Serves `root` with the SPA fallback; `mounts` serve other folders under a path prefix ('/bench/'). */
export async function startStaticServer(
  root: string,
  port = 0,
  mounts: Record<string, string> = {},
): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/api/')) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"error":"no api on the static server"}');
      return;
    }
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const base = mount ? (mounts[mount] as string) : root;
    let file = normalize(join(base, mount ? path.slice(mount.length - 1) : path));
    if (!file.startsWith(base) || !existsSync(file) || statSync(file).isDirectory()) {
      file = join(base, 'index.html');
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'public, max-age=0',
    };
    // Like the production server: a precompressed sibling (vite.config.ts writes them for assets/).
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && existsSync(`${file}.gz`)) {
      headers['content-encoding'] = 'gzip';
      headers.vary = 'Accept-Encoding';
      file = `${file}.gz`;
    }
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
