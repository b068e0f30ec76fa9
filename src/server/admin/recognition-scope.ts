// Who may read and decide Thôn số proposals, resolved in ONE place per action on top of the access
// precheck (src/server/auth/access.ts): every web role reads (a commune official their own commune only);
// only the province administrator decides (declared on the route).
import type { FastifyRequest } from 'fastify';
import { principalOf, requireScope } from '@/server/auth/access';
import { ApiError } from '@/server/http/api-error';

export interface RecognitionScope {
  /** The account acting (kept in the decision audit). */
  actor: string;
  /** The communes this account may act on; null: every commune. */
  communeIds: ReadonlySet<string> | null;
}

/** Scope for listing proposals. */
export async function recognitionReadScope(request: FastifyRequest): Promise<RecognitionScope> {
  const communeId = requireScope(request);
  return {
    actor: principalOf(request).username,
    communeIds: communeId === null ? null : new Set([communeId]),
  };
}

/** Scope for confirming or returning a proposal (the province's decision: administrators only). */
export async function recognitionDecisionScope(request: FastifyRequest): Promise<RecognitionScope> {
  return { actor: principalOf(request).username, communeIds: null };
}

/** Refuses (403) a commune outside the scope. */
export function assertInScope(scope: RecognitionScope, communeId: string): void {
  if (scope.communeIds !== null && !scope.communeIds.has(communeId))
    throw new ApiError(403, 'forbidden', 'errors.forbidden', `communeId: ${communeId}`);
}
