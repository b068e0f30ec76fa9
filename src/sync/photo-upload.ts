// Photos go to the province on their own channel, after the records and never in their way: one photo at
// a time with tus (tus-js-client), in pieces, resuming a cut upload at the offset the server holds. A
// photo is sent only once its record is at the province (no pending change of it); the province is asked
// first whether it already holds the photo. A photo whose record was rejected, or that the province
// refuses for good, is removed from the phone; one no record names (an abandoned form) after a week.
import { PHOTO_API, PHOTO_PIECE_BYTES } from '@/protocol/photo-api';
import type { BanSoDatabase, StoredPhoto } from '@/storage/database';
import { getMeta, setMeta } from '@/storage/meta';
import { deletePhoto, markPhoto, ownersOf, type PhotoOwner } from '@/storage/photos';

export const PHOTOS_WIFI_ONLY = 'photosWifiOnly';
export const PHOTO_LOCK_NAME = 'ban-so-photos';
const ORPHAN_GRACE_MS = 7 * 86_400_000;

export interface PhotoUploadOptions {
  db: BanSoDatabase;
  serverUrl: string;
  token: string;
  /** The link's kind where the browser tells it (Network Information API); undefined when unknown. */
  connectionType?: () => string | undefined;
  chunkSize?: number;
  now?: () => number;
}

export interface PhotoUploadResult {
  sent: number;
  cleaned: number;
  /** Why the run stopped early: the link, the Wi‑Fi setting, the device's daily limit, its token. */
  stopped: 'offline' | 'wifi' | 'limit' | 'unauthorized' | null;
}

type Verdict = 'sent' | 'refused' | 'later' | 'offline' | 'limit' | 'unauthorized';

export function readWifiOnly(db: BanSoDatabase): Promise<boolean> {
  return getMeta<boolean>(db, PHOTOS_WIFI_ONLY).then((v) => v === true);
}
export const writeWifiOnly = (db: BanSoDatabase, on: boolean) => setMeta(db, PHOTOS_WIFI_ONLY, on);

export function browserConnectionType(): string | undefined {
  return (globalThis.navigator as { connection?: { type?: string } } | undefined)?.connection?.type;
}

/** The owner a photo is uploaded for: a record with nothing pending; `rejected` when every owner's
 * change was refused by the province. */
async function uploadOwner(
  db: BanSoDatabase,
  hash: string,
): Promise<PhotoOwner | 'none' | 'rejected' | 'pending'> {
  const owners = await ownersOf(db, hash);
  if (owners.length === 0) return 'none';
  let pending = false;
  for (const owner of owners) {
    const entries = await db.outbox.where('[table+recordId]').equals([owner.table, owner.recordId]).toArray();
    if (entries.some((e) => e.status === 'pending')) pending = true;
    else if (!entries.some((e) => e.status === 'rejected')) return owner;
  }
  return pending ? 'pending' : 'rejected';
}

async function provinceHolds(opts: PhotoUploadOptions, hash: string): Promise<Verdict | 'absent'> {
  try {
    const path = PHOTO_API.photo.replace(':hash', hash);
    const res = await fetch(new URL(path, opts.serverUrl), {
      method: 'HEAD',
      headers: { authorization: `Bearer ${opts.token}` },
    });
    if (res.status === 200) return 'sent';
    if (res.status === 401) return 'unauthorized';
    return 'absent';
  } catch {
    return 'offline';
  }
}

function verdictOf(status: number | undefined): Verdict {
  if (status === undefined || status === 0 || status >= 500) return 'offline';
  if (status === 401) return 'unauthorized';
  if (status === 429) return 'limit';
  if (status === 409 || status === 423) return 'later'; // the record is not there yet: next time
  return 'refused';
}

async function sendPhoto(opts: PhotoUploadOptions, photo: StoredPhoto, owner: PhotoOwner): Promise<Verdict> {
  const { Upload } = await import('tus-js-client');
  return new Promise<Verdict>((resolve) => {
    const upload = new Upload(photo.blob, {
      endpoint: new URL(PHOTO_API.uploads, opts.serverUrl).toString(),
      ...(photo.uploadUrl ? { uploadUrl: photo.uploadUrl } : {}),
      chunkSize: opts.chunkSize ?? PHOTO_PIECE_BYTES,
      headers: { authorization: `Bearer ${opts.token}` },
      metadata: { hash: photo.hash, filetype: photo.type, table: owner.table, recordId: owner.recordId },
      // Resuming is ours: the upload's address is kept on the photo row, not in localStorage.
      storeFingerprintForResuming: false,
      retryDelays: [0, 2000],
      onUploadUrlAvailable: () => {
        if (upload.url) void markPhoto(opts.db, photo.hash, { uploadUrl: upload.url });
      },
      onSuccess: () => resolve('sent'),
      onError: (err) => {
        const status = (
          err as { originalResponse?: { getStatus(): number } | null }
        ).originalResponse?.getStatus();
        resolve(verdictOf(status));
      },
    });
    upload.start();
  });
}

async function uploadOne(opts: PhotoUploadOptions, hash: string): Promise<Verdict | 'cleaned' | 'skip'> {
  const { db } = opts;
  const photo = await db.photos.get(hash);
  if (!photo || photo.state !== 'waiting') return 'skip';
  const owner = await uploadOwner(db, hash);
  const now = opts.now?.() ?? Date.now();
  if (owner === 'rejected' || (owner === 'none' && now - photo.takenAt > ORPHAN_GRACE_MS)) {
    await deletePhoto(db, hash);
    return 'cleaned';
  }
  if (owner === 'none' || owner === 'pending') return 'skip';
  const held = await provinceHolds(opts, hash);
  const verdict = held === 'absent' ? await sendPhoto(opts, photo, owner) : held;
  if (verdict === 'sent') await db.photos.update(hash, { state: 'sent', uploadUrl: undefined });
  if (verdict === 'refused') await deletePhoto(db, hash);
  return verdict;
}

/** Sends every waiting photo whose record is at the province; stops at the first sign of a lost link. */
export async function uploadWaitingPhotos(opts: PhotoUploadOptions): Promise<PhotoUploadResult> {
  const result: PhotoUploadResult = { sent: 0, cleaned: 0, stopped: null };
  const type = (opts.connectionType ?? browserConnectionType)();
  const wifiOnly = await readWifiOnly(opts.db);
  const waiting = (await opts.db.photos.where('state').equals('waiting').primaryKeys()) as string[];
  for (const hash of waiting) {
    const onMetered = type !== undefined && type !== 'wifi' && type !== 'ethernet';
    if (wifiOnly && onMetered) {
      result.stopped = 'wifi';
      break;
    }
    const verdict = await uploadOne(opts, hash);
    if (verdict === 'sent') result.sent += 1;
    if (verdict === 'cleaned' || verdict === 'refused') result.cleaned += 1;
    if (verdict === 'offline' || verdict === 'limit' || verdict === 'unauthorized') {
      result.stopped = verdict;
      break;
    }
  }
  return result;
}

interface Locks {
  request<T>(name: string, options: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<T>): Promise<T>;
}

/** One tab uploads photos at a time; a second call while one runs does nothing. */
export function uploadPhotosOnce(opts: PhotoUploadOptions): Promise<PhotoUploadResult | null> {
  const locks = (globalThis.navigator as { locks?: Locks } | undefined)?.locks;
  if (!locks) return uploadWaitingPhotos(opts);
  return locks.request(PHOTO_LOCK_NAME, { ifAvailable: true }, (lock) =>
    lock ? uploadWaitingPhotos(opts) : Promise.resolve(null),
  );
}
