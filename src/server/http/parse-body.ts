// Validation of request bodies against the shared zod contract, and the protocol version gate (426).
import type { z } from 'zod';
import { SUPPORTED_PROTOCOLS, type ProtocolVersion } from '@/protocol/version';
import { ApiError, badRequest } from './api-error';

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`)
    .join('; ');
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw badRequest(describeIssues(parsed.error.issues));
  return parsed.data;
}

/** Phones speak a numbered protocol: returns it when the server speaks it too; anything else is told to
 * update (HTTP 426 Upgrade Required). */
export function assertProtocol(body: unknown): ProtocolVersion {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw badRequest('expected a JSON object');
  const protocol = (body as { protocol?: unknown }).protocol;
  const spoken = SUPPORTED_PROTOCOLS.find((p) => p === protocol);
  if (spoken === undefined)
    throw new ApiError(
      426,
      'unsupported_protocol',
      'errors.protocolVersion',
      `server speaks ${SUPPORTED_PROTOCOLS.join(', ')}`,
      { supported: [...SUPPORTED_PROTOCOLS] },
    );
  return spoken;
}
