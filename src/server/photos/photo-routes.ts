// The photo channel at the province: tus uploads (@tus/server) behind the device token, the "do you have
// it?" question a phone asks before sending, and the bytes for the province screens. Every request is
// authenticated here, before tus sees it; an upload id names its device, so no device touches another's.
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server, type DataStore, type Upload } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { photoHashSchema, PHOTO_MAX_BYTES } from '@/domain/photo';
import { PHOTO_API } from '@/protocol/photo-api';
import { outOfScope, READERS, requireScope } from '@/server/auth/access';
import { authenticateDevice, type Device } from '@/server/devices/device-auth';
import { ApiError } from '@/server/http/api-error';
import type { ServerContext } from '@/server/http/server-context';
import { photoInfo, readPhoto, storePhoto } from './photo-bytes-store';
import { checkFinishedBytes, checkUploadStart, readUploadStart, refusal } from './photo-checks';
import type { PhotoOptions } from './photo-options';
import { DatabaseUploadStore } from './database-upload-store';

type TusRequest = Parameters<NonNullable<ConstructorParameters<typeof Server>[0]['onUploadCreate']>>[0];

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(parts);
}

function hashParam(request: FastifyRequest): string {
  const parsed = photoHashSchema.safeParse((request.params as { hash?: string }).hash);
  if (!parsed.success) throw new ApiError(400, 'photo_hash', 'errors.photoHash', 'not a SHA-256 hex name');
  return parsed.data;
}

export async function registerPhotoRoutes(app: FastifyInstance, ctx: ServerContext, opts: PhotoOptions) {
  // The device each request was authenticated as, for the tus hooks (keyed by the Node request object).
  const devices = new WeakMap<IncomingMessage, Device>();
  const deviceOf = (req: TusRequest): Device => {
    const raw = (req as unknown as { runtime?: { node?: { req?: IncomingMessage } } }).runtime?.node?.req;
    const device = raw && devices.get(raw);
    if (!device) throw refusal(401, 'unauthorized', 'errors.unauthorized', 'device not authenticated');
    return device;
  };
  const database = opts.store === 'database' ? new DatabaseUploadStore(ctx.db, ctx.now) : null;
  const files = database ? null : new FileStore({ directory: join(opts.dir!, 'uploads') });
  const datastore: DataStore = database ?? files!;
  const finishedBytes = (id: string) => (database ? database.bytes(id) : streamBytes(files!.read(id)));

  const tus = new Server({
    path: PHOTO_API.uploads,
    datastore,
    maxSize: PHOTO_MAX_BYTES,
    relativeLocation: true,
    // The upload id is the photo's hash and its device: a retried creation lands on the same upload.
    namingFunction: (req, metadata) => {
      const start = readUploadStart(metadata ?? undefined, PHOTO_MAX_BYTES);
      return `${start.hash}.${deviceOf(req).id}`;
    },
    onUploadCreate: async (req, upload: Upload) => {
      const start = readUploadStart(upload.metadata, upload.size);
      await checkUploadStart(ctx.db, deviceOf(req), start, opts.dailyLimitPerDevice, ctx.now());
      return {};
    },
    onUploadFinish: async (req, upload: Upload) => {
      const device = deviceOf(req);
      const start = readUploadStart(upload.metadata, upload.size);
      try {
        const bytes = await finishedBytes(upload.id);
        checkFinishedBytes(bytes, start);
        await storePhoto(ctx.db, opts, {
          hash: start.hash,
          mime: start.mime,
          bytes,
          deviceId: device.id,
          communeId: device.communeId ?? '',
          receivedAt: ctx.now(),
        });
      } finally {
        // Refused or stored, the unfinished copy goes: a refused photo leaves nothing behind, and a phone
        // asking again about this upload hears 404 instead of "complete".
        await datastore.remove(upload.id).catch(() => undefined);
      }
      return {};
    },
  });

  const handOver = async (request: FastifyRequest, reply: FastifyReply) => {
    const device = await authenticateDevice(ctx.db, request.headers.authorization);
    const id = (request.params as { '*'?: string })['*'];
    if (id !== undefined && !id.endsWith(`.${device.id}`))
      throw new ApiError(404, 'not_found', 'errors.notFound', 'no such upload for this device');
    devices.set(request.raw, device);
    reply.hijack();
    await tus.handle(request.raw, reply.raw);
  };

  await app.register(async (scope) => {
    // tus pieces are read by @tus/server itself, as a stream: Fastify must leave the body alone.
    scope.addContentTypeParser('application/offset+octet-stream', (_req, _payload, done) => done(null));
    scope.route({ method: ['POST'], url: PHOTO_API.uploads, handler: handOver });
    scope.route({ method: ['HEAD', 'PATCH', 'DELETE'], url: `${PHOTO_API.uploads}/*`, handler: handOver });
  });

  app.head(PHOTO_API.photo, async (request, reply) => {
    await authenticateDevice(ctx.db, request.headers.authorization);
    const info = await photoInfo(ctx.db, hashParam(request));
    if (!info)
      throw new ApiError(404, 'not_found', 'errors.notFound', 'the province does not hold this photo');
    return reply.status(200).header('content-length', info.size).header('content-type', info.mime).send();
  });

  // Every web role sees evidence; a commune official only a photo that a live record of their commune names.
  app.get(PHOTO_API.adminPhoto, { config: { access: { roles: READERS } } }, async (request, reply) => {
    const hash = hashParam(request);
    const photo = await readPhoto(ctx.db, opts, hash);
    if (!photo) throw new ApiError(404, 'not_found', 'errors.notFound', 'no such photo');
    const communeId = requireScope(request);
    if (communeId !== null) {
      const named = await ctx.db.query(
        `SELECT 1 AS one FROM records WHERE commune_id = $1 AND NOT deleted AND data->'photos' ? $2 LIMIT 1`,
        [communeId, hash],
      );
      if (named.length === 0) throw outOfScope(`photo ${hash}`);
    }
    return reply
      .header('content-type', photo.mime)
      .header('cache-control', 'private, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "default-src 'none'")
      .send(photo.bytes);
  });
}
