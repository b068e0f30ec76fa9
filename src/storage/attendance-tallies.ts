// Training attendance per (topic, month, village), kept current in the SAME IndexedDB transaction as every
// write of a training session: a Dexie DBCore middleware widens each read-write transaction that touches
// `trainingSessions` to the tallies and applies the difference, so no writer (record writer, sync pull, reset,
// seeds) can forget it and a killed tab leaves both or neither. Local-only: never synced, never in the outbox;
// built from the sessions by the v4 upgrade. The commune view reads a topic's months in one getAll instead
// of walking one `topicDays` index key per session (a browser round trip each).
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import { topicDayKeys } from './search-index';

export const SESSIONS_TABLE = 'trainingSessions';
export const TALLIES_TABLE = 'attendanceTallies';

/** One tally row: `key` is `topic|YYYY-MM|villageId`; `people` the attendances of those sessions. */
export interface AttendanceTally {
  key: string;
  people: number;
}

export const tallyKey = (topic: string, month: string, villageId: string) => `${topic}|${month}|${villageId}`;

/** Splits a tally key back into its parts (village ids and topic codes hold no `|`). */
export function tallyParts(key: string): { topic: string; month: string; villageId: string } {
  const [topic = '', month = '', villageId = ''] = key.split('|');
  return { topic, month, villageId };
}

/** What one stored session adds to the tallies: the same figures as its `topicDays` index keys (none for a
 * tombstone), so the tallies and the index can never count differently. */
export function contributionOf(row: unknown, into: Map<string, number>, sign: 1 | -1): void {
  if (!row || typeof row !== 'object') return;
  for (const key of topicDayKeys(row as Parameters<typeof topicDayKeys>[0])) {
    const [topic = '', date = '', villageId = '', people = '0'] = key.split('|');
    const tally = tallyKey(topic, date.slice(0, 7), villageId);
    into.set(tally, (into.get(tally) ?? 0) + sign * Number(people));
  }
}

/** Tallies recomputed from scratch from every stored session (the v4 upgrade, and tests' reference). */
export function talliesOf(rows: Iterable<unknown>): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of rows) contributionOf(row, out, 1);
  for (const [key, people] of out) if (people === 0) out.delete(key);
  return out;
}

type Trans = DBCoreMutateRequest['trans'];

/** DBCoreRangeType.Any (an ambient const enum: not importable under verbatimModuleSyntax). */
const RANGE_ANY = 3;

const keyOf = (value: unknown) => (value as { id?: unknown } | null)?.id;

/** The rows as they stand before the mutation, by primary key. */
async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Map<unknown, unknown>> {
  const trans = req.trans;
  if (req.type === 'deleteRange') {
    const { result } = await table.query({
      trans,
      values: true,
      query: { index: table.schema.primaryKey, range: req.range },
    });
    return new Map(result.map((row) => [keyOf(row), row]));
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map(keyOf));
  const rows = await table.getMany({ trans, keys });
  return new Map(keys.map((k, i) => [k, rows[i]]));
}

/** The change in tallies the mutation made, skipping the operations IndexedDB refused. */
function delta(
  req: DBCoreMutateRequest,
  res: DBCoreMutateResponse,
  before: Map<unknown, unknown>,
): Map<string, number> {
  const out = new Map<string, number>();
  if (req.type === 'delete') {
    req.keys.forEach((k, i) => {
      if (!res.failures[i]) contributionOf(before.get(k), out, -1);
    });
    return out;
  }
  if (req.type === 'deleteRange') {
    before.forEach((row) => contributionOf(row, out, -1));
    return out;
  }
  // In order, so a key written twice in one batch counts its last value once.
  const current = new Map(before);
  req.values.forEach((value, i) => {
    if (res.failures[i]) return;
    const key = req.keys?.[i] ?? keyOf(value);
    contributionOf(current.get(key), out, -1);
    contributionOf(value, out, 1);
    current.set(key, value);
  });
  return out;
}

async function applyDelta(tallies: DBCoreTable, trans: Trans, change: Map<string, number>): Promise<void> {
  const keys = [...change].filter(([, people]) => people !== 0).map(([key]) => key);
  if (keys.length === 0) return;
  const rows = (await tallies.getMany({ trans, keys })) as (AttendanceTally | undefined)[];
  const puts: AttendanceTally[] = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const people = (rows[i]?.people ?? 0) + (change.get(key) ?? 0);
    if (people === 0) gone.push(key);
    else puts.push({ key, people });
  });
  if (puts.length) await tallies.mutate({ type: 'put', trans, values: puts });
  if (gone.length) await tallies.mutate({ type: 'delete', trans, keys: gone });
}

const hasTallies = (trans: Trans) =>
  (trans as unknown as IDBTransaction).objectStoreNames?.contains(TALLIES_TABLE) === true;

export const attendanceTalliesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'attendance-tallies',
  create(down) {
    const known = () => down.schema.tables.some((t) => t.name === TALLIES_TABLE);
    return {
      transaction(stores, mode, options) {
        const widen =
          mode === 'readwrite' &&
          stores.includes(SESSIONS_TABLE) &&
          !stores.includes(TALLIES_TABLE) &&
          known();
        return down.transaction(widen ? [...stores, TALLIES_TABLE] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== SESSIONS_TABLE) return table;
        return {
          ...table,
          async mutate(req) {
            // Upgrades before v4 run without the tallies store: they pass through, and v4 rebuilds them all.
            if (!hasTallies(req.trans)) return table.mutate(req);
            if (req.type === 'deleteRange' && (req.range.type as number) === RANGE_ANY) {
              // The whole table goes (a reset): so do the tallies, without reading 30,000 sessions first.
              const res = await table.mutate(req);
              await down
                .table(TALLIES_TABLE)
                .mutate({ type: 'deleteRange', trans: req.trans, range: req.range });
              return res;
            }
            const before = await rowsBefore(table, req);
            const res = await table.mutate(req);
            await applyDelta(down.table(TALLIES_TABLE), req.trans, delta(req, res, before));
            return res;
          },
        };
      },
    };
  },
};
