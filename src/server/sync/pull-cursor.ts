// The pull cursor: the (transaction id, change number) of the last row served, as "tx.seq". Rows are
// served in that order and only from transactions older than every transaction still running
// (pg_snapshot_xmin), so a transaction that commits after a later one is still served (invariant 4).
export interface CursorPosition {
  tx: bigint;
  seq: bigint;
}

export const START: CursorPosition = { tx: 0n, seq: 0n };

// The types' own ranges (xid8 is unsigned 64-bit, the change number a bigint): beyond them a cursor
// cannot be ours, and handing it to SQL would be a 500.
const MAX_TX = 2n ** 64n - 1n;
const MAX_SEQ = 2n ** 63n - 1n;

export function encodeCursor(p: CursorPosition): string {
  return `${p.tx}.${p.seq}`;
}

/** Null or '' means "from the start"; undefined means the cursor is not one of ours. */
export function decodeCursor(cursor: string | null): CursorPosition | undefined {
  if (cursor === null || cursor === '') return START;
  const match = /^(\d{1,20})\.(\d{1,20})$/.exec(cursor);
  if (!match?.[1] || !match[2]) return undefined;
  const position = { tx: BigInt(match[1]), seq: BigInt(match[2]) };
  if (position.tx > MAX_TX || position.seq > MAX_SEQ) return undefined;
  return position.tx === 0n && position.seq === 0n ? START : position;
}

export const later = (a: CursorPosition, b: CursorPosition) => (isBefore(a, b) ? b : a);

export function isBefore(a: CursorPosition, b: CursorPosition): boolean {
  return a.tx < b.tx || (a.tx === b.tx && a.seq < b.seq);
}
