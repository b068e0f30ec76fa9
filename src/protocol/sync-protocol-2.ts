// Protocol 2 of POST /api/v1/sync: the same exchange as protocol 1 (sync-messages.ts), with pushed
// mutations and pulled records as column batches, the push's answers as seq ranges, and `omitEcho`: the
// phone holds every change it pushes, so the server leaves out rows that would only repeat them. Both
// sides convert to and from the protocol 1 shapes, which stay the engine's and the server's own types.
import { z } from 'zod';
import { CATALOG_KINDS, type CatalogKind } from '@/domain/catalog';
import { recordTableSchema, type RecordTable } from '@/domain/record-tables';
import { BatchDecodeError } from './columns';
import {
  batchSchema,
  compactRecord,
  decodeBatch,
  encodeBatch,
  expandRecord,
  type Batch,
} from './sync-batches';
import {
  cursorSchema,
  mutationResultSchema,
  wireMutationSchema,
  wireOverwriteSchema,
  type MutationResult,
  type PulledRow,
  type SyncRequest,
  type SyncResponse,
} from './sync-messages';
import { MAX_PULL_ROWS_V2, MAX_PUSH_MUTATIONS_V2 } from './version';

export const syncRequestV2Schema = z.object({
  protocol: z.literal(2),
  /** The pushed mutations (WireMutation), in device order. */
  push: batchSchema(MAX_PUSH_MUTATIONS_V2),
  cursor: cursorSchema.nullable(),
  pullLimit: z.number().int().min(1).max(MAX_PULL_ROWS_V2).optional(),
  catalogs: z.partialRecord(z.enum(CATALOG_KINDS as [CatalogKind, ...CatalogKind[]]), z.string()),
  clientTime: z.number(),
  /** True when the phone holds what it pushes: rows that would only repeat it are left out. */
  omitEcho: z.boolean().default(false),
});
export type SyncRequestV2 = z.input<typeof syncRequestV2Schema>;

/** Sequence numbers as runs: [first, count, first, count…]. */
const seqRunsSchema = z.array(z.number().int().min(0)).max(2 * MAX_PUSH_MUTATIONS_V2);

export const syncResponseV2Schema = z.object({
  protocol: z.literal(2),
  serverTime: z.number(),
  results: z.object({
    applied: seqRunsSchema,
    duplicate: seqRunsSchema,
    rejected: z.array(mutationResultSchema).max(MAX_PUSH_MUTATIONS_V2),
  }),
  /** Pulled records per table. */
  rows: z.partialRecord(recordTableSchema, batchSchema(MAX_PULL_ROWS_V2)),
  overwrites: z.array(wireOverwriteSchema).optional(),
  cursor: cursorSchema,
  hasMore: z.boolean(),
  reset: z.boolean(),
  catalogs: z.array(z.unknown()),
});
export type SyncResponseV2 = z.infer<typeof syncResponseV2Schema>;

// ── requests ──

export function encodeRequestV2(request: SyncRequest): SyncRequestV2 {
  return {
    protocol: 2,
    push: encodeBatch(request.mutations),
    cursor: request.cursor,
    ...(request.pullLimit ? { pullLimit: Math.min(request.pullLimit, MAX_PULL_ROWS_V2) } : {}),
    catalogs: request.catalogs,
    clientTime: request.clientTime,
    omitEcho: request.omitEcho ?? false,
  };
}

export type DecodedRequest =
  { ok: true; request: SyncRequest } | { ok: false; issues: z.core.$ZodIssue[] | string };

/** A parsed protocol 2 body as the protocol 1 shape; the mutations checked by the same schema. */
export function decodeRequestV2(body: z.infer<typeof syncRequestV2Schema>): DecodedRequest {
  let rows: Record<string, unknown>[];
  try {
    rows = decodeBatch(body.push);
  } catch (error) {
    if (error instanceof BatchDecodeError) return { ok: false, issues: `push: ${error.message}` };
    throw error;
  }
  const mutations = z.array(wireMutationSchema).safeParse(rows);
  if (!mutations.success)
    return {
      ok: false,
      issues: mutations.error.issues.map((i) => ({ ...i, path: ['mutations', ...i.path] })),
    };
  const { push: _push, ...rest } = body;
  return { ok: true, request: { ...rest, protocol: 2, mutations: mutations.data } };
}

// ── responses ──

export function seqRuns(seqs: readonly number[]): number[] {
  const runs: number[] = [];
  for (const seq of [...seqs].sort((a, b) => a - b)) {
    const last = runs.length - 2;
    if (last >= 0 && runs[last]! + runs[last + 1]! === seq) runs[last + 1]! += 1;
    else runs.push(seq, 1);
  }
  return runs;
}

function* seqsOf(runs: readonly number[]): Generator<number> {
  for (let i = 0; i + 1 < runs.length; i += 2)
    for (let n = 0; n < runs[i + 1]! && n < MAX_PUSH_MUTATIONS_V2; n++) yield runs[i]! + n;
}

export function encodeResultsV2(results: readonly MutationResult[]): SyncResponseV2['results'] {
  const of = (status: MutationResult['status']) =>
    results.filter((r) => r.status === status).map((r) => r.seq);
  return {
    applied: seqRuns(of('applied')),
    duplicate: seqRuns(of('duplicate')),
    rejected: results.filter((r) => r.status === 'rejected'),
  };
}

export function decodeResultsV2(results: SyncResponseV2['results']): MutationResult[] {
  const out: MutationResult[] = [];
  for (const seq of seqsOf(results.applied)) out.push({ seq, status: 'applied' });
  for (const seq of seqsOf(results.duplicate)) out.push({ seq, status: 'duplicate' });
  return [...out, ...results.rejected].sort((a, b) => a.seq - b.seq);
}

/** Pulled rows grouped by table, each table a batch of compacted records. */
export function encodeRowsV2(rows: readonly PulledRow[]): SyncResponseV2['rows'] {
  const byTable = new Map<RecordTable, Record<string, unknown>[]>();
  for (const { table, record } of rows) {
    const list = byTable.get(table) ?? [];
    list.push(compactRecord(record));
    byTable.set(table, list);
  }
  return Object.fromEntries([...byTable].map(([table, list]) => [table, encodeBatch(list)]));
}

export function decodeRowsV2(rows: SyncResponseV2['rows']): PulledRow[] {
  const out: PulledRow[] = [];
  for (const [table, batch] of Object.entries(rows) as [RecordTable, Batch][])
    for (const row of decodeBatch(batch)) out.push({ table, record: expandRecord(row) });
  return out;
}

/** A protocol 2 reply as the protocol 1 shape the engine applies. Throws BatchDecodeError. */
export function decodeResponseV2(body: SyncResponseV2): SyncResponse {
  return {
    protocol: 2,
    serverTime: body.serverTime,
    results: decodeResultsV2(body.results),
    rows: decodeRowsV2(body.rows),
    cursor: body.cursor,
    hasMore: body.hasMore,
    reset: body.reset,
    catalogs: body.catalogs,
    ...(body.overwrites ? { overwrites: body.overwrites } : {}),
  };
}
