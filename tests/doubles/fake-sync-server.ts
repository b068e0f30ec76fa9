// An in-memory stand-in for the province server's sync endpoint, for the engine's unit tests: per-device
// idempotent push (last applied seq), per-field merge, and a change-numbered pull cursor. Hooks let a test
// reject mutations, force a reset, or lose a response after the server committed.
import { applyMutation, type SyncedRecord } from '@/domain/merge';
import type { RecordTable } from '@/domain/record-tables';
import type { MutationResult, SyncRequest, SyncResponse, WireMutation } from '@/protocol/sync-messages';
import { PROTOCOL_VERSION } from '@/protocol/version';
import { SyncError } from '@/sync/sync-errors';
import type { SyncTransport } from '@/sync/sync-transport';

interface ServerRow {
  table: RecordTable;
  record: SyncedRecord;
  change: number;
}

export interface FakeServerOptions {
  pageSize?: number;
  reject?: (m: WireMutation) => string | null;
}

export function createFakeSyncServer(opts: FakeServerOptions = {}) {
  const rows = new Map<string, ServerRow>();
  const lastSeq = new Map<string, number>();
  const requests: SyncRequest[] = [];
  let change = 0;
  let resetNext = false;
  let catalogs: unknown[] = [];

  function handle(req: SyncRequest, token: string): SyncResponse {
    requests.push(structuredClone(req));
    const results: MutationResult[] = req.mutations.map((m) => {
      if (m.seq <= (lastSeq.get(token) ?? 0)) return { seq: m.seq, status: 'duplicate' };
      lastSeq.set(token, m.seq);
      const reason = opts.reject?.(m) ?? null;
      if (reason) return { seq: m.seq, status: 'rejected', reason, detail: m.id };
      const key = `${m.table}/${m.id}`;
      const merged = applyMutation(rows.get(key)?.record, m);
      if (merged.changed) rows.set(key, { table: m.table, record: merged.record, change: ++change });
      return { seq: m.seq, status: 'applied' };
    });
    const base = { protocol: PROTOCOL_VERSION, serverTime: Date.now(), results, catalogs: [] as unknown[] };
    if (resetNext) {
      resetNext = false;
      return { ...base, rows: [], cursor: '', hasMore: false, reset: true };
    }
    const after = Number(req.cursor ?? 0);
    const newer = [...rows.values()].filter((r) => r.change > after).sort((a, b) => a.change - b.change);
    const page = newer.slice(0, opts.pageSize ?? 1000);
    const newCatalogs = catalogs.filter(
      (c) => req.catalogs[(c as { kind: 'criteria' }).kind] !== (c as { version: string }).version,
    );
    return {
      ...base,
      catalogs: newCatalogs,
      rows: page.map((r) => ({ table: r.table, record: structuredClone(r.record) })),
      cursor: String(page.at(-1)?.change ?? after),
      hasMore: newer.length > page.length,
      reset: false,
    };
  }

  return {
    rows,
    requests,
    handle,
    resetOnNextRequest: () => {
      resetNext = true;
    },
    publishCatalog: (catalog: unknown) => {
      catalogs = [...catalogs, catalog];
    },
    /** A transport for one device; `loseResponses` answers that many requests with a network error
     * AFTER the server committed them (the phone never hears the ack). */
    transport(opts2: { loseResponses?: number } = {}): SyncTransport & { lost: number } {
      let toLose = opts2.loseResponses ?? 0;
      const t = {
        lost: 0,
        async sync(req: SyncRequest, token: string) {
          const res = handle(req, token);
          if (toLose > 0) {
            toLose--;
            t.lost++;
            throw new SyncError('unreachable', null, 'response lost');
          }
          return structuredClone(res);
        },
      };
      return t;
    },
  };
}
