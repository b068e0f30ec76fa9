// Writes the sync reply as JSON text. Pulled rows and audit entries arrive from the database as JSON
// text and are spliced in verbatim; the rest goes through JSON.stringify. The result is exactly the
// `syncResponseSchema` shape (checked by the integration tests, which parse every reply).
import type { MutationResult } from '@/protocol/sync-messages';
import { PROTOCOL_VERSION } from '@/protocol/version';
import type { PullPage } from './pull-page';

export interface SyncReplyParts {
  serverTime: number;
  results: MutationResult[];
  page: PullPage;
  catalogs: unknown[];
}

export function encodeSyncReply({ serverTime, results, page, catalogs }: SyncReplyParts): string {
  const head = JSON.stringify({
    protocol: PROTOCOL_VERSION,
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
