// Every check a photo upload passes, in one place: at creation (who sends it, for which record of which
// commune, of what declared type and size, within the device's daily limit) and at the end (the bytes'
// SHA-256 is the name they claimed; their real type, sniffed, is a clean JPEG or WebP).
import { createHash } from 'node:crypto';
import { isPhotoTable, PHOTO_MAX_BYTES, PHOTO_TYPES, photoHashSchema, type PhotoType } from '@/domain/photo';
import type { Queryable } from '@/server/db/database';
import type { Device } from '@/server/devices/device-auth';
import { sniffPhotoType } from './photo-sniff';

/** A refusal in the shape @tus/server sends: a status and our usual JSON error body. */
export interface PhotoRefusal {
  status_code: number;
  body: string;
}

export function refusal(status: number, error: string, reason: string, detail: string): PhotoRefusal {
  return { status_code: status, body: JSON.stringify({ error, reason, detail }) };
}

export interface UploadStart {
  hash: string;
  mime: PhotoType;
  table: string;
  recordId: string;
  size: number;
}

/** Reads and shape-checks Upload-Metadata; throws a refusal when a field is missing or malformed. */
export function readUploadStart(
  metadata: Record<string, string | null> | undefined,
  size: number | undefined,
): UploadStart {
  const m = metadata ?? {};
  if (!photoHashSchema.safeParse(m.hash).success)
    throw refusal(400, 'photo_hash', 'errors.photoHash', 'metadata hash must be 64 lowercase hex');
  if (!(PHOTO_TYPES as readonly (string | null | undefined)[]).includes(m.filetype))
    throw refusal(415, 'photo_type', 'errors.photoType', 'only image/jpeg and image/webp');
  if (!m.table || !isPhotoTable(m.table) || !m.recordId)
    throw refusal(400, 'photo_record', 'errors.badRequest', 'metadata must name a photo table and record');
  if (size === undefined || size < 1 || size > PHOTO_MAX_BYTES)
    throw refusal(
      413,
      'photo_too_large',
      'errors.photoTooLarge',
      `a photo is at most ${PHOTO_MAX_BYTES} bytes`,
    );
  return { hash: m.hash!, mime: m.filetype as PhotoType, table: m.table, recordId: m.recordId, size };
}

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The record must be at the province already (records go first), in the device's commune, naming
 * the photo; and the device must be within its daily limit. */
export async function checkUploadStart(
  db: Queryable,
  device: Device,
  start: UploadStart,
  dailyLimit: number,
  now: number,
): Promise<void> {
  const [record] = await db.query<{ commune_id: string; names: boolean; deleted: boolean }>(
    `SELECT commune_id, deleted, COALESCE(data->'photos' ? $3, false) AS names
       FROM records WHERE tbl = $1 AND id = $2`,
    [start.table, start.recordId, start.hash],
  );
  if (!record)
    throw refusal(409, 'photo_record_unknown', 'errors.photoRecordUnknown', 'send the record first');
  if (record.commune_id !== device.communeId)
    throw refusal(403, 'out_of_scope', 'errors.outOfScope', 'the record belongs to another commune');
  if (record.deleted || !record.names)
    throw refusal(422, 'photo_not_named', 'errors.photoNotNamed', 'the record does not name this photo');
  await db.query(
    'INSERT INTO photo_device_days (device_id, day, hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
    [device.id, utcDay(now), start.hash],
  );
  const [count] = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM photo_device_days WHERE device_id = $1 AND day = $2',
    [device.id, utcDay(now)],
  );
  if ((count?.n ?? 0) > dailyLimit) {
    await db.query('DELETE FROM photo_device_days WHERE device_id = $1 AND day = $2 AND hash = $3', [
      device.id,
      utcDay(now),
      start.hash,
    ]);
    throw refusal(429, 'photo_daily_limit', 'errors.photoDailyLimit', `at most ${dailyLimit} photos a day`);
  }
}

/** The finished bytes must be what they claimed to be. */
export function checkFinishedBytes(bytes: Buffer, start: Pick<UploadStart, 'hash' | 'mime' | 'size'>): void {
  if (bytes.length !== start.size)
    throw refusal(422, 'photo_size', 'errors.photoHash', 'the bytes received do not match Upload-Length');
  if (createHash('sha256').update(bytes).digest('hex') !== start.hash)
    throw refusal(
      422,
      'photo_hash_mismatch',
      'errors.photoHash',
      'the bytes do not have the SHA-256 they claim',
    );
  const real = sniffPhotoType(bytes);
  if (real === null || real !== start.mime)
    throw refusal(
      415,
      'photo_type',
      'errors.photoType',
      'the bytes are not a clean JPEG or WebP of the declared type',
    );
}
