// Restoring a backup file onto another phone of the same commune: the file's changes become THIS phone's
// local records and outbox entries (with this phone's own numbers), its photos this phone's waiting
// photos, all in ONE Dexie transaction — nothing half-applied. The changes keep their original clocks,
// so wherever else they reach the province (the file imported there, the old phone syncing later) the
// per-field merge by HLC sees the same write again and changes nothing twice (docs/backup.md).
import { decodeHlc, encodeHlc, isTooFarAhead, receive } from '@/domain/hlc';
import { applyMutation } from '@/domain/merge';
import { RECORD_TABLES, validateRecord } from '@/domain/record-tables';
import { base64ToBytes } from '@/lib/backup-base64';
import type { BackupContent } from '@/protocol/backup-messages';
import type { BanSoDatabase, StoredPhoto } from '@/storage/database';
import { getMeta, META, setMeta } from '@/storage/meta';
import { indexFields } from '@/storage/search-index';
import type { Enrolment } from '@/storage/session-store';

/** Meta key: per source device, the highest change number already restored here (a second restore of
 * the same file, or of an older one, adds nothing — this phone's own "last applied number"). */
export const RESTORED_FROM = 'restoredFrom';

export type RestoreOutcome =
  | { ok: true; changes: number; photos: number }
  | { ok: false; reason: 'otherCommune' | 'sameDevice' | 'nothingNew' | 'malformed' };

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Decodes and checks every photo BEFORE the transaction: awaiting WebCrypto inside a Dexie transaction
 * would let it commit half-way. A photo whose bytes are not its hash makes the whole file malformed. */
async function decodePhotos(content: BackupContent, now: number): Promise<StoredPhoto[] | null> {
  const photos: StoredPhoto[] = [];
  for (const p of content.photos ?? []) {
    let bytes: Uint8Array<ArrayBuffer>, thumbBytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = base64ToBytes(p.data);
      thumbBytes = base64ToBytes(p.thumb);
    } catch {
      return null;
    }
    if ((await sha256Hex(bytes)) !== p.hash) return null;
    const blob = new Blob([bytes], { type: p.type });
    const thumb = new Blob([thumbBytes], { type: p.thumbType });
    // takenAt is the restore: the week's grace for a photo no local record names yet starts now.
    const { hash, type, width, height } = p;
    photos.push({ hash, type, width, height, blob, thumb, size: blob.size, state: 'waiting', takenAt: now });
  }
  return photos;
}

export async function restoreBackup(
  db: BanSoDatabase,
  enrolment: Enrolment,
  content: BackupContent,
  now: number,
): Promise<RestoreOutcome> {
  const commune = enrolment.communeId;
  if (content.communeId !== commune || content.mutations.some((m) => m.communeId !== commune))
    return { ok: false, reason: 'otherCommune' };
  if (content.deviceId === enrolment.deviceId) return { ok: false, reason: 'sameDevice' };
  const photos = await decodePhotos(content, now);
  if (!photos) return { ok: false, reason: 'malformed' };
  const tables = [...RECORD_TABLES.map((t) => db.recordTable(t)), db.outbox, db.meta, db.photos];
  // One transaction: records, outbox entries, photos, clock and the restored mark commit together.
  return db.transaction('rw', tables, async (): Promise<RestoreOutcome> => {
    const restored = (await getMeta<Record<string, number>>(db, RESTORED_FROM)) ?? {};
    const from = restored[content.deviceId] ?? 0;
    const fresh = [...content.mutations].sort((a, b) => a.seq - b.seq).filter((m) => m.seq > from);
    const newPhotos = photos.filter((p, i) => photos.findIndex((q) => q.hash === p.hash) === i);
    const held = await db.photos.bulkGet(newPhotos.map((p) => p.hash));
    const missing = newPhotos.filter((_, i) => !held[i]);
    if (fresh.length === 0 && missing.length === 0) return { ok: false, reason: 'nothingNew' };
    let newest: string | null = null;
    for (const m of fresh) {
      const table = db.recordTable(m.table);
      const { record } = applyMutation(await table.get(m.id), m);
      // An edit of a record this phone has not pulled yet is a partial row: it waits in the outbox only,
      // and the pull rebases it onto the record when it arrives (as for any unsent local change).
      if (validateRecord(m.table, record).length === 0) await table.put(indexFields(m.table, record));
      await db.outbox.add({
        table: m.table,
        recordId: m.id,
        communeId: m.communeId,
        actor: m.actor,
        hlc: m.hlc,
        schemaVersion: m.schemaVersion,
        patch: m.patch,
        ...(m.weak?.length ? { weak: m.weak } : {}),
        createdAt: now,
        status: 'pending',
      });
      if (newest === null || m.hlc > newest) newest = m.hlc;
    }
    if (missing.length > 0) await db.photos.bulkAdd(missing);
    // This phone's next edit must order after the restored ones, or it would lose to them in the merge.
    if (newest && !isTooFarAhead(newest, now)) {
      const stored = await getMeta<string>(db, META.clock);
      const node = (await getMeta<string>(db, META.deviceNode)) ?? 'device';
      const state = stored ? { ...decodeHlc(stored), node } : { millis: 0, counter: 0, node };
      await setMeta(db, META.clock, encodeHlc(receive(state, newest, now)));
    }
    const last = Math.max(from, ...content.mutations.map((m) => m.seq));
    await setMeta(db, RESTORED_FROM, { ...restored, [content.deviceId]: last });
    return { ok: true, changes: fresh.length, photos: missing.length };
  });
}
