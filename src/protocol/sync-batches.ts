// The batches of protocol 2: pushed mutations and pulled records as columns (see columns.ts). A record's
// per-field clocks and authors travel only where they differ from the record's own (`updatedAt`,
// `createdBy`): a record written once, by one person, carries none. Lossless for every valid record.
import { z } from 'zod';
import { ENVELOPE_KEYS } from '@/domain/record-base';
import { BatchDecodeError, decodeColumn, encodeColumn } from './columns';

export const batchSchema = (max: number) =>
  z.object({
    /** Number of rows. */
    n: z.number().int().min(0).max(max),
    /** The rows as one object column. */
    c: z.unknown(),
  });
export type Batch = { n: number; c: unknown };

const ENVELOPE = new Set<string>(ENVELOPE_KEYS);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function encodeBatch(rows: readonly object[]): Batch {
  return { n: rows.length, c: encodeColumn(rows) };
}

/** The rows of a batch as plain objects (validate them with the message schemas afterwards). */
export function decodeBatch(batch: Batch): Record<string, unknown>[] {
  if (batch.n === 0) return [];
  return decodeColumn(batch.c, batch.n).map((row) => {
    if (!isPlainObject(row)) throw new BatchDecodeError('row is not an object');
    return row;
  });
}

type Stamps = Record<string, unknown>;

/** A record with its envelope split off and its clocks/authors reduced to the exceptions. */
export function compactRecord(record: Record<string, unknown>): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!ENVELOPE.has(key)) content[key] = value;
  const clocks: Stamps = isPlainObject(record.fieldClocks) ? record.fieldClocks : {};
  const authors: Stamps = isPlainObject(record.fieldAuthors) ? record.fieldAuthors : {};
  const ownClock = typeof record.updatedAt === 'string' ? record.updatedAt : null;
  const ownAuthor = typeof record.createdBy === 'string' ? record.createdBy : null;
  const k: Stamps = {};
  for (const field of new Set([...Object.keys(content), ...Object.keys(clocks)])) {
    const clock = clocks[field] ?? null;
    if (clock !== ownClock || !(field in content)) k[field] = clock;
  }
  const w: Stamps = {};
  const stamped = new Set([...Object.keys(content), ...Object.keys(k)]);
  for (const field of stamped) {
    const author = authors[field] ?? null;
    if (author !== ownAuthor) w[field] = author;
  }
  for (const [field, author] of Object.entries(authors)) if (!stamped.has(field)) w[field] = author;
  return {
    id: record.id,
    communeId: record.communeId,
    createdBy: record.createdBy,
    updatedAt: record.updatedAt,
    schemaVersion: record.schemaVersion,
    f: content,
    ...(Object.keys(k).length > 0 ? { k } : {}),
    ...(Object.keys(w).length > 0 ? { w } : {}),
  };
}

/** The inverse of compactRecord. */
export function expandRecord(row: Record<string, unknown>): Record<string, unknown> {
  const { f, k, w, ...envelope } = row;
  const content = isPlainObject(f) ? f : {};
  const clockExceptions = isPlainObject(k) ? k : {};
  const authorExceptions = isPlainObject(w) ? w : {};
  const ownClock = typeof envelope.updatedAt === 'string' ? envelope.updatedAt : null;
  const ownAuthor = typeof envelope.createdBy === 'string' ? envelope.createdBy : null;
  const fieldClocks: Stamps = {};
  const fieldAuthors: Stamps = {};
  // Plain loops, no Sets: this runs for every pulled record on a cheap phone.
  const stamp = (field: string) => {
    const clock = field in clockExceptions ? clockExceptions[field] : ownClock;
    if (clock !== null && clock !== undefined) fieldClocks[field] = clock;
    const author = field in authorExceptions ? authorExceptions[field] : ownAuthor;
    if (author !== null && author !== undefined) fieldAuthors[field] = author;
  };
  for (const field in content) stamp(field);
  for (const field in clockExceptions) if (!(field in content)) stamp(field);
  for (const field in authorExceptions)
    if (!(field in content) && !(field in clockExceptions)) {
      const author = authorExceptions[field];
      if (author !== null && author !== undefined) fieldAuthors[field] = author;
    }
  return { ...content, ...envelope, fieldClocks, fieldAuthors };
}
