// A phone whose clock was once set far ahead heals itself with nothing lost. Its stored HLC would stay
// ahead for good (a clock never goes back), so every change would be refused as clock drift. With each
// answer the server says its time; the stored clock is bounded by it, and every change refused for clock
// drift (or sure to be) is stamped again and queued as a new mutation, in its original order.
import { decodeHlc, encodeHlc, initialClock, MAX_DRIFT_MS, tick, type ClockState } from '@/domain/hlc';
import { RECORD_TABLES } from '@/domain/record-tables';
import type { BanSoDatabase, OutboxEntry } from '@/storage/database';
import { META } from '@/storage/meta';

const CLOCK_DRIFT = 'errors.clockDrift';

/** The bound is serverTime + MAX_DRIFT_MS, not serverTime: the server accepted (and phones may have seen)
 * stamps up to that far ahead, and the next edit must still order after every one of them. */
export function boundClock(state: ClockState, serverTime: number): ClockState {
  const bound = serverTime + MAX_DRIFT_MS;
  return state.millis > bound ? { millis: bound, counter: 0, node: state.node } : state;
}

/** Bounds the stored clock and re-stamps refused changes, in one transaction. Returns how many changes
 * were queued again. `now` is the phone's clock, which the server has just accepted. */
export async function healClock(db: BanSoDatabase, serverTime: number, now: number): Promise<number> {
  const tables = [...RECORD_TABLES.map((t) => db.recordTable(t)), db.outbox, db.meta];
  return db.transaction('rw', tables, async () => {
    const stored = (await db.meta.get(META.clock))?.value as string | undefined;
    const refused = (await db.outbox.where('status').equals('rejected').toArray()).filter(
      (e) => e.reason === CLOCK_DRIFT,
    );
    const tooFar = serverTime + MAX_DRIFT_MS;
    const stuck = stored !== undefined && decodeHlc(stored).millis > tooFar;
    if (!stuck && refused.length === 0) return 0;
    // Pending changes stamped beyond the bound would be refused too: stamp them again now, so a change
    // written after this heal never orders before one written earlier.
    const doomed = stuck
      ? (await db.outbox.where('status').equals('pending').toArray()).filter(
          (e) => decodeHlc(e.hlc).millis > tooFar,
        )
      : [];
    const node = ((await db.meta.get(META.deviceNode))?.value as string | undefined) ?? 'device';
    let state = boundClock(stored ? { ...decodeHlc(stored), node } : initialClock(node), serverTime);
    const again = [...refused, ...doomed].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    for (const entry of again) {
      const next = tick(state, now);
      state = next.state;
      await restamp(db, entry, next.stamp);
    }
    await db.meta.put({ key: META.clock, value: encodeHlc(state) });
    return again.length;
  });
}

/** The local row takes the new stamp where the old one still stands; the change is queued afresh under
 * a new number (the server remembers the refused number and would refuse it again). */
async function restamp(db: BanSoDatabase, entry: OutboxEntry, stamp: string): Promise<void> {
  const table = db.recordTable(entry.table);
  const row = await table.get(entry.recordId);
  if (row) {
    const fieldClocks = { ...row.fieldClocks };
    for (const field of Object.keys(entry.patch))
      if (fieldClocks[field] === entry.hlc) fieldClocks[field] = stamp;
    await table.put({ ...row, fieldClocks, updatedAt: row.updatedAt === entry.hlc ? stamp : row.updatedAt });
  }
  const { seq, reason: _reason, detail: _detail, ...rest } = entry;
  if (seq !== undefined) await db.outbox.delete(seq);
  await db.outbox.add({ ...rest, hlc: stamp, status: 'pending' });
}
