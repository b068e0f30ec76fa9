// Per-field last-writer-wins by hybrid logical clock (DESIGN invariant 6). The same function applies a
// mutation on the server, rebases a pulled row on the phone and merges in tests, so every replica
// computes the same result whatever order mutations arrive in. Losing values are returned for the audit.
import type { Hlc } from './hlc';
import { SCHEMA_VERSION, type Envelope } from './record-base';

export type SyncedRecord = Envelope & { deleted: boolean } & Record<string, unknown>;

export interface Mutation {
  id: string;
  communeId: string;
  /** The team member who made the change. */
  actor: string;
  hlc: Hlc;
  /** Content fields written, and/or `deleted` for a tombstone or an undo. */
  patch: Record<string, unknown>;
  schemaVersion?: number;
  /** Patch fields written only as creation defaults (a new checklist row's blank note, say): they take
   * the weakest clock, so they never overwrite a value another device already wrote, even an older one. */
  weak?: readonly string[];
}

export interface Overwrite {
  field: string;
  lostValue: unknown;
  lostClock: Hlc;
  lostAuthor: string | null;
  wonValue: unknown;
  wonClock: Hlc;
  wonAuthor: string | null;
}

export interface MergeResult {
  record: SyncedRecord;
  overwritten: Overwrite[];
  changed: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const WEAK_PREFIX = '0000000000000:0000:';

/** The clock of a default: below every real stamp, ordered by node so replicas still agree. */
export function weakClock(hlc: Hlc): Hlc {
  return WEAK_PREFIX + hlc.slice(hlc.lastIndexOf(':') + 1);
}

const isWeakClock = (clock: Hlc) => clock.startsWith(WEAK_PREFIX);

/** Apply a mutation to the current row (or create it). Older field writes lose to newer ones. */
export function applyMutation(existing: SyncedRecord | undefined, m: Mutation): MergeResult {
  const base: SyncedRecord = existing ?? {
    id: m.id,
    communeId: m.communeId,
    createdBy: m.actor,
    updatedAt: m.hlc,
    fieldClocks: {},
    fieldAuthors: {},
    deleted: false,
    schemaVersion: m.schemaVersion ?? SCHEMA_VERSION,
  };
  const record: SyncedRecord = {
    ...base,
    fieldClocks: { ...base.fieldClocks },
    fieldAuthors: { ...base.fieldAuthors },
  };
  const overwritten: Overwrite[] = [];
  let changed = !existing;
  const weak = new Set(m.weak ?? []);
  for (const [field, value] of Object.entries(m.patch)) {
    const clock = base.fieldClocks[field];
    const author = base.fieldAuthors[field] ?? null;
    const isWeak = weak.has(field);
    const stamp = isWeak ? weakClock(m.hlc) : m.hlc;
    if (clock !== undefined && clock === stamp) continue; // the same write again: idempotent
    // A default that loses or replaces another default is not worth an audit entry.
    const audited = clock !== undefined && !isWeak && !isWeakClock(clock) && !same(base[field], value);
    if (clock === undefined || clock < stamp) {
      if (audited)
        overwritten.push({
          field,
          lostValue: base[field],
          lostClock: clock,
          lostAuthor: author,
          wonValue: value,
          wonClock: stamp,
          wonAuthor: m.actor,
        });
      record[field] = value;
      record.fieldClocks[field] = stamp;
      record.fieldAuthors[field] = m.actor;
      changed = true;
    } else if (audited) {
      overwritten.push({
        field,
        lostValue: value,
        lostClock: stamp,
        lostAuthor: m.actor,
        wonValue: base[field],
        wonClock: clock,
        wonAuthor: author,
      });
    }
  }
  if (m.hlc > record.updatedAt) record.updatedAt = m.hlc;
  record.schemaVersion = Math.max(record.schemaVersion, m.schemaVersion ?? SCHEMA_VERSION);
  return { record, overwritten, changed };
}

/** Merge two replicas of one row field by field: content is commutative, associative and idempotent;
 * the envelope (id, creator) comes from `a`, so pass the server's row first. */
export function mergeRecords(a: SyncedRecord, b: SyncedRecord): SyncedRecord {
  const out: SyncedRecord = { ...a, fieldClocks: { ...a.fieldClocks }, fieldAuthors: { ...a.fieldAuthors } };
  for (const [field, clock] of Object.entries(b.fieldClocks)) {
    const mine = a.fieldClocks[field];
    if (mine === undefined || clock > mine) {
      out[field] = b[field];
      out.fieldClocks[field] = clock;
      const author = b.fieldAuthors[field];
      if (author !== undefined) out.fieldAuthors[field] = author;
    }
  }
  out.updatedAt = a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt;
  out.schemaVersion = Math.max(a.schemaVersion, b.schemaVersion);
  return out;
}
