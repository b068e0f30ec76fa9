// Request bodies: JSON only, optionally gzip-compressed (`Content-Encoding: gzip`, as the phone's
// CompressionStream sends). Decompression is capped at MAX_BODY_BYTES, so a small gzip bomb cannot
// exhaust memory; prototype-poisoning keys are refused outright. Lone surrogates are cleaned (U+FFFD);
// NUL, which PostgreSQL cannot store, refuses the request — except on the sync route, where each
// mutation carrying one gets its own rejection and the rest of the push is answered.
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MAX_BODY_BYTES } from '@/protocol/version';
import { ApiError, badRequest } from './api-error';
import { containsNul, mayHaveNul, mayHaveSurrogate, wellFormedJson } from './text-hygiene';

/** Routes that judge NUL item by item (apply-push refuses only the mutation that carries it). */
const NUL_JUDGED_PER_ITEM = new Set(['/api/v1/sync']);

const gunzipAsync = promisify(gunzip);

async function decode(encoding: string | undefined, body: Buffer): Promise<Buffer> {
  const enc = (encoding ?? 'identity').trim().toLowerCase();
  if (enc === 'identity' || enc === '') return body;
  if (enc !== 'gzip')
    throw new ApiError(415, 'unsupported_encoding', 'errors.badRequest', `Content-Encoding ${enc}`);
  try {
    return await gunzipAsync(body, { maxOutputLength: MAX_BODY_BYTES });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new ApiError(413, 'body_too_large', 'errors.bodyTooLarge', `over ${MAX_BODY_BYTES} bytes`);
    throw new ApiError(400, 'bad_gzip', 'errors.badRequest', 'the gzip body could not be decompressed');
  }
}

export function installJsonBody(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: MAX_BODY_BYTES },
    async (request: FastifyRequest, raw: Buffer) => {
      const text = (await decode(request.headers['content-encoding'], raw)).toString('utf8');
      if (text.trim() === '') throw badRequest('empty body');
      if (/"(__proto__|constructor|prototype)"\s*:/.test(text)) throw badRequest('forbidden key');
      let parsed: unknown;
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        throw new ApiError(400, 'bad_json', 'errors.badRequest', 'the body is not valid JSON');
      }
      if (mayHaveSurrogate(text)) parsed = wellFormedJson(parsed);
      if (mayHaveNul(text) && !NUL_JUDGED_PER_ITEM.has(request.routeOptions.url ?? '') && containsNul(parsed))
        throw new ApiError(
          400,
          'nul_character',
          'errors.badRequest',
          'text contains a NUL character (\\u0000)',
        );
      return parsed;
    },
  );
}
