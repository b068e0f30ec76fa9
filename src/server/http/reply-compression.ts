// Reply compression by the maintained @fastify/compress: a pull of thousands of records on a 2G link
// costs the compressed size of its body (DESIGN quality bars). Request bodies are NOT decompressed here:
// json-body.ts does that with its own cap (MAX_BODY_BYTES), so a small gzip bomb cannot exhaust memory.
import { constants } from 'node:zlib';
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/** Below this, gzip's header costs about what it saves (an idle sync's reply is ~300 bytes). */
const THRESHOLD_BYTES = 256;

export async function installReplyCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, {
    globalCompression: true,
    // Ours, capped, in json-body.ts; the plugin's would decompress without our limit and error shape.
    globalDecompression: false,
    // Brotli where the phone's browser offers it (every current one does), gzip for the rest. Replies are
    // built once per request, so a high level costs little CPU next to the seconds a 2G link saves.
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } },
    zlibOptions: { level: 9 },
    threshold: THRESHOLD_BYTES,
  });
}
