// Builds the phone's backup: every change still in the outbox (pending or rejected), as the wire
// mutations a sync would send with their own numbers, and — when asked — every photo still unsent, sealed
// with the passphrase; then handed to the share sheet when the browser can share files, downloaded otherwise.
import { blobToBase64 } from '@/lib/backup-base64';
import { sealBackup } from '@/lib/backup-crypto';
import { MAX_BACKUP_PHOTO_BYTES, type BackupContent, type BackupPhoto } from '@/protocol/backup-messages';
import type { BanSoDatabase } from '@/storage/database';
import type { Enrolment } from '@/storage/session-store';
import { toWire } from '@/sync/outbox-push';

/** The photos still unsent: how many, and their bytes together (what "Kèm ảnh" would add to the file). */
export async function waitingPhotos(db: BanSoDatabase): Promise<{ count: number; bytes: number }> {
  let count = 0;
  let bytes = 0;
  await db.photos
    .where('state')
    .equals('waiting')
    .each((p) => {
      count += 1;
      bytes += p.size;
    });
  return { count, bytes };
}

/** Whether the unsent photos may go in the file: small enough to pass around and to encrypt on the phone. */
export const photosFit = (bytes: number) => bytes <= MAX_BACKUP_PHOTO_BYTES;

async function backupPhotos(db: BanSoDatabase): Promise<BackupPhoto[]> {
  const rows = await db.photos.where('state').equals('waiting').toArray();
  const photos: BackupPhoto[] = [];
  for (const p of rows)
    photos.push({
      hash: p.hash,
      type: p.type,
      width: p.width,
      height: p.height,
      takenAt: p.takenAt,
      data: await blobToBase64(p.blob),
      thumbType: p.thumb.type,
      thumb: await blobToBase64(p.thumb),
    });
  return photos;
}

export async function backupContent(
  db: BanSoDatabase,
  enrolment: Enrolment,
  now: number,
  { withPhotos = false }: { withPhotos?: boolean } = {},
): Promise<BackupContent> {
  const entries = await db.outbox.orderBy(':id').toArray();
  return {
    deviceId: enrolment.deviceId,
    communeId: enrolment.communeId ?? '',
    createdAt: now,
    mutations: entries.filter((e) => e.seq !== undefined).map(toWire),
    ...(withPhotos ? { photos: await backupPhotos(db) } : {}),
  };
}

export async function backupBlob(content: BackupContent, passphrase: string): Promise<Blob> {
  const sealed = await sealBackup(content, passphrase);
  return new Blob([JSON.stringify(sealed)], { type: 'application/json' });
}

export function backupFileName(now: number): string {
  return `ban-so-sao-luu-${new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`;
}

/** The share sheet when it can carry files (Zalo, Bluetooth, e-mail), else a download. */
export async function handOver(blob: Blob, name: string): Promise<'shared' | 'downloaded'> {
  const file = new File([blob], name, { type: blob.type });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file] });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      // Any other refusal of the share sheet: fall back to a download, the file must get out.
    }
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return 'downloaded';
}
