// Builds the phone's backup: every change still in the outbox (pending or rejected), as the wire
// mutations a sync would send with their own numbers, sealed with the passphrase; then handed to the
// share sheet when the browser can share files, downloaded otherwise. Photos are left out (too large).
import { sealBackup } from '@/lib/backup-crypto';
import type { BackupContent } from '@/protocol/backup-messages';
import type { BanSoDatabase } from '@/storage/database';
import type { Enrolment } from '@/storage/session-store';
import { toWire } from '@/sync/outbox-push';

export async function backupContent(
  db: BanSoDatabase,
  enrolment: Enrolment,
  now: number,
): Promise<BackupContent> {
  const entries = await db.outbox.orderBy(':id').toArray();
  return {
    deviceId: enrolment.deviceId,
    communeId: enrolment.communeId ?? '',
    createdAt: now,
    mutations: entries.filter((e) => e.seq !== undefined).map(toWire),
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
