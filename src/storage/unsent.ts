// Which records of a list still have changes on this phone only: "chưa gửi" (waiting in the outbox) or
// "bị từ chối" (refused by the province). Looked up per page through the [table+recordId] index, so a list
// of 30,000 records costs one small query per page.
import { useLiveQuery } from 'dexie-react-hooks';
import type { RecordTable } from '@/domain/record-tables';
import type { BanSoDatabase } from './database';
import { useSession } from './use-session';

export type UnsentState = 'pending' | 'rejected';

export async function unsentStates(
  db: BanSoDatabase,
  table: RecordTable,
  ids: readonly string[],
): Promise<Map<string, UnsentState>> {
  const states = new Map<string, UnsentState>();
  if (ids.length === 0) return states;
  const entries = await db.outbox
    .where('[table+recordId]')
    .anyOf(ids.map((id) => [table, id]))
    .toArray();
  // A refusal outranks a later pending edit: the user has something to fix.
  for (const e of entries)
    if (e.status === 'rejected' || !states.has(e.recordId))
      states.set(e.recordId, e.status === 'rejected' ? 'rejected' : 'pending');
  return states;
}

const NONE = new Map<string, UnsentState>();

/** The unsent state of the listed records, live; empty in demo mode, where nothing is ever sent. */
export function useUnsentStates(table: RecordTable, ids: readonly string[]): Map<string, UnsentState> {
  const { db, mode } = useSession();
  const key = ids.join(',');
  const states = useLiveQuery(
    () => (mode === 'demo' ? NONE : unsentStates(db, table, key ? key.split(',') : [])),
    [db, mode, table, key],
  );
  return states ?? NONE;
}
