// Who may read and decide Thôn số proposals, resolved in ONE place per action so accounts with roles plug in
// here (one line each): today every signed-in province administrator reads and decides for every commune.
import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '@/server/http/server-context';
import { ApiError } from '@/server/http/api-error';
import { requireAdmin } from './admin-session';

export interface RecognitionScope {
  /** The account acting (kept in the decision audit). */
  actor: string;
  /** The communes this account may act on; null: every commune. */
  communeIds: ReadonlySet<string> | null;
}

/** Scope for listing proposals. */
export async function recognitionReadScope(
  ctx: ServerContext,
  request: FastifyRequest,
): Promise<RecognitionScope> {
  return { actor: await requireAdmin(ctx, request), communeIds: null };
}

/** Scope for confirming or returning a proposal (the province's decision). */
export async function recognitionDecisionScope(
  ctx: ServerContext,
  request: FastifyRequest,
): Promise<RecognitionScope> {
  return { actor: await requireAdmin(ctx, request), communeIds: null };
}

/** Refuses (403) a commune outside the scope. */
export function assertInScope(scope: RecognitionScope, communeId: string): void {
  if (scope.communeIds !== null && !scope.communeIds.has(communeId))
    throw new ApiError(403, 'forbidden', 'errors.forbidden', `communeId: ${communeId}`);
}
