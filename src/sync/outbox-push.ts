// The push half of a sync (DESIGN invariants 2 and 3): the oldest pending outbox entries, in device order,
// as wire mutations; then the server's per-mutation answers. Applied and duplicate entries leave the
// outbox; rejected ones stay, marked with the reason, so the user can fix or discard them; the rest flow.
import type { MutationResult, WireMutation } from '@/protocol/sync-messages';
import { MAX_PUSH_MUTATIONS } from '@/protocol/version';
import type { BanSoDatabase, OutboxEntry } from '@/storage/database';

/** The next batch: pending entries in `seq` order (the status index keeps primary-key order). */
export async function nextBatch(db: BanSoDatabase, limit = MAX_PUSH_MUTATIONS): Promise<OutboxEntry[]> {
  return db.outbox.where('status').equals('pending').limit(limit).toArray();
}

export function pendingCount(db: BanSoDatabase): Promise<number> {
  return db.outbox.where('status').equals('pending').count();
}

export function toWire(entry: OutboxEntry): WireMutation {
  if (entry.seq === undefined) throw new Error('outbox entry without seq');
  return {
    seq: entry.seq,
    table: entry.table,
    id: entry.recordId,
    communeId: entry.communeId,
    actor: entry.actor,
    hlc: entry.hlc,
    schemaVersion: entry.schemaVersion,
    patch: entry.patch,
    ...(entry.weak?.length ? { weak: entry.weak } : {}),
  };
}

export interface PushOutcome {
  acknowledged: number;
  rejected: number;
}

/** Records the server's answers in one transaction. A later applied write that covers every field of an
 * earlier rejected change of the same record fixes it: the rejected entry is then dropped (a creation's
 * `deleted: false` needs no cover, the server creates the row live). */
export async function recordResults(
  db: BanSoDatabase,
  sent: OutboxEntry[],
  results: MutationResult[],
): Promise<PushOutcome> {
  const bySeq = new Map(results.map((r) => [r.seq, r]));
  const outcome: PushOutcome = { acknowledged: 0, rejected: 0 };
  await db.transaction('rw', db.outbox, async () => {
    for (const entry of sent) {
      const result = entry.seq === undefined ? undefined : bySeq.get(entry.seq);
      if (!result || entry.seq === undefined) continue; // not answered: stays pending, sent again
      if (result.status === 'rejected') {
        await db.outbox.update(entry.seq, {
          status: 'rejected',
          reason: result.reason ?? 'errors.invalidRecord',
          detail: result.detail ?? '',
        });
        outcome.rejected++;
        continue;
      }
      await db.outbox.delete(entry.seq);
      outcome.acknowledged++;
      const covered = new Set(Object.keys(entry.patch));
      const earlier = await db.outbox
        .where('[table+recordId]')
        .equals([entry.table, entry.recordId])
        .toArray();
      for (const old of earlier)
        if (
          old.status === 'rejected' &&
          old.seq !== undefined &&
          old.seq < entry.seq &&
          Object.entries(old.patch).every(([f, v]) => covered.has(f) || (f === 'deleted' && v === false))
        )
          await db.outbox.delete(old.seq);
    }
  });
  return outcome;
}
