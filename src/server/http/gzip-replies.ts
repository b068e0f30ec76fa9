// API replies are gzip-compressed when the client accepts it: a pull of 1,000 records costs little more
// than the gzip size of their JSON on a 2G link (DESIGN quality bars).
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

const gzipAsync = promisify(gzip);
const MIN_BYTES = 256; // below this gzip's header costs more than it saves

export function installGzipReplies(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    reply.header('vary', 'Accept-Encoding');
    const accepts = /\bgzip\b/i.test(String(request.headers['accept-encoding'] ?? ''));
    if (!accepts || Buffer.byteLength(payload) < MIN_BYTES || reply.getHeader('content-encoding'))
      return payload;
    reply.header('content-encoding', 'gzip');
    reply.removeHeader('content-length');
    return gzipAsync(payload, { level: 6 });
  });
}
