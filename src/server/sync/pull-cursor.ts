// The pull cursor: the (transaction id, change number) of the last row served, as "tx.seq". Rows are
// served in that order and only from transactions older than every transaction still running
// (pg_snapshot_xmin), so a transaction that commits after a later one is still served (invariant 4).
export interface CursorPosition {
  tx: bigint;
  seq: bigint;
}

export const START: CursorPosition = { tx: 0n, seq: 0n };

export function encodeCursor(p: CursorPosition): string {
  return `${p.tx}.${p.seq}`;
}

/** Null or '' means "from the start"; undefined means the cursor is not one of ours. */
export function decodeCursor(cursor: string | null): CursorPosition | undefined {
  if (cursor === null || cursor === '') return START;
  const match = /^(\d{1,20})\.(\d{1,20})$/.exec(cursor);
  if (!match?.[1] || !match[2]) return undefined;
  return { tx: BigInt(match[1]), seq: BigInt(match[2]) };
}

export function isBefore(a: CursorPosition, b: CursorPosition): boolean {
  return a.tx < b.tx || (a.tx === b.tx && a.seq < b.seq);
}
