// Writes the sync reply as JSON text, in the protocol the phone spoke. Protocol 1: pulled rows and audit
// entries arrive from the database as JSON text and are spliced in verbatim, the rest goes through
// JSON.stringify — exactly `syncResponseSchema`. Protocol 2: the rows become column batches
// (`syncResponseV2Schema`). The integration tests parse every reply with the shared schemas.
import type { SyncedRecord } from '@/domain/merge';
import type { MutationResult } from '@/protocol/sync-messages';
import { encodeResultsV2, encodeRowsV2, type SyncResponseV2 } from '@/protocol/sync-protocol-2';
import type { ProtocolVersion } from '@/protocol/version';
import type { PullPage } from './pull-page';

export interface SyncReplyParts {
  serverTime: number;
  results: MutationResult[];
  page: PullPage;
  catalogs: unknown[];
}

function encodeV1({ serverTime, results, page, catalogs }: SyncReplyParts): string {
  const head = JSON.stringify({
    protocol: 1,
    serverTime,
    results,
    cursor: page.cursor,
    hasMore: page.hasMore,
    reset: page.reset,
    catalogs,
  });
  const rows = page.rows.map((r) => `{"table":${JSON.stringify(r.table)},"record":${r.json}}`).join(',');
  const overwrites = page.overwrites.length > 0 ? `,"overwrites":[${page.overwrites.join(',')}]` : '';
  return `${head.slice(0, -1)},"rows":[${rows}]${overwrites}}`;
}

function encodeV2({ serverTime, results, page, catalogs }: SyncReplyParts): string {
  const reply: SyncResponseV2 = {
    protocol: 2,
    serverTime,
    results: encodeResultsV2(results),
    rows: encodeRowsV2(
      page.rows.map((r) => ({ table: r.table, record: JSON.parse(r.json) as SyncedRecord })),
    ),
    ...(page.overwrites.length > 0
      ? {
          overwrites: page.overwrites.map(
            (o) => JSON.parse(o) as NonNullable<SyncResponseV2['overwrites']>[number],
          ),
        }
      : {}),
    cursor: page.cursor,
    hasMore: page.hasMore,
    reset: page.reset,
    catalogs,
  };
  return JSON.stringify(reply);
}

export function encodeSyncReply(protocol: ProtocolVersion, parts: SyncReplyParts): string {
  return protocol === 1 ? encodeV1(parts) : encodeV2(parts);
}
