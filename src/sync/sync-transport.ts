// The sync engine's only door to the network: POST /api/v1/sync and /api/v1/enrol over fetch, bodies gzip
// both ways, a timeout per request, failures mapped to SyncError. Speaks protocol 2 (column batches, see
// protocol/sync-protocol-2.ts) unless told otherwise, and says how much of the outbox fits in one request.
// Tests inject `fetch` (or a fake transport).
import {
  enrolResponseSchema,
  errorResponseSchema,
  syncResponseSchema,
  type EnrolRequest,
  type EnrolResponse,
  type SyncRequest,
  type SyncResponse,
  type WireMutation,
} from '@/protocol/sync-messages';
import { BatchDecodeError } from '@/protocol/columns';
import { encodeBatch } from '@/protocol/sync-batches';
import { decodeResponseV2, encodeRequestV2, syncResponseV2Schema } from '@/protocol/sync-protocol-2';
import {
  MAX_BODY_BYTES,
  MAX_PUSH_MUTATIONS,
  MAX_PUSH_MUTATIONS_V2,
  PROTOCOL_VERSION,
  PUSH_BODY_BUDGET,
  type ProtocolVersion,
} from '@/protocol/version';
import { gzip, gzipJson, parseJsonBody } from './gzip';
import { failureOf, SyncError } from './sync-errors';

export interface SyncTransport {
  sync(request: SyncRequest, token: string): Promise<SyncResponse>;
  /** The most mutations one request may carry (default: protocol 1's bound). */
  maxPush?: number;
  /** How many of these mutations (a prefix) fit in one request body. */
  fit?(mutations: WireMutation[]): Promise<number>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpOptions {
  serverUrl: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  /** The sync protocol to speak (default: the newest). */
  protocol?: ProtocolVersion;
  /** Compressed push body budget per request (default PUSH_BODY_BUDGET). */
  pushBudget?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

async function post(opts: HttpOptions, path: string, body: unknown, token?: string): Promise<unknown> {
  const doFetch = opts.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await doFetch(new URL(path, opts.serverUrl).toString(), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Encoding': 'gzip',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: (await gzipJson(body)) as BodyInit,
      signal: controller.signal,
    });
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new SyncError('unreachable', null, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = bytes.length > 0 ? await parseJsonBody(bytes) : null;
  } catch {
    if (response.ok) throw new SyncError('badResponse', response.status);
    json = null;
  }
  if (!response.ok) {
    const error = errorResponseSchema.safeParse(json);
    const reason = error.success ? error.data.reason : undefined;
    throw new SyncError(failureOf(response.status, reason), response.status, reason ?? response.statusText);
  }
  return json;
}

function readReply(json: unknown): SyncResponse {
  const v2 = syncResponseV2Schema.safeParse(json);
  if (v2.success) {
    try {
      return decodeResponseV2(v2.data);
    } catch (error) {
      if (error instanceof BatchDecodeError) throw new SyncError('badResponse', 200, error.message);
      throw error;
    }
  }
  const v1 = syncResponseSchema.safeParse(json);
  if (!v1.success) throw new SyncError('badResponse', 200, v1.error.message);
  return v1.data;
}

/** The largest prefix whose protocol 2 batch stays within the budget (compressed) and the body limit. */
async function fitV2(mutations: WireMutation[], budget: number): Promise<number> {
  let n = Math.min(mutations.length, MAX_PUSH_MUTATIONS_V2);
  for (let attempt = 0; attempt < 5 && n > 1; attempt++) {
    const raw = new TextEncoder().encode(JSON.stringify(encodeBatch(mutations.slice(0, n))));
    const packed = (await gzip(raw)).length;
    const over = Math.max(packed / budget, raw.length / (MAX_BODY_BYTES * 0.9));
    if (over <= 1) return n;
    n = Math.max(1, Math.floor((n / over) * 0.95));
  }
  return n;
}

export function createHttpTransport(opts: HttpOptions): SyncTransport {
  const protocol = opts.protocol ?? PROTOCOL_VERSION;
  if (protocol === 1)
    return {
      maxPush: MAX_PUSH_MUTATIONS,
      async sync(request, token) {
        const { omitEcho: _omit, ...v1 } = request;
        return readReply(await post(opts, '/api/v1/sync', { ...v1, protocol: 1 }, token));
      },
    };
  return {
    maxPush: MAX_PUSH_MUTATIONS_V2,
    fit: (mutations) => fitV2(mutations, opts.pushBudget ?? PUSH_BODY_BUDGET),
    async sync(request, token) {
      return readReply(await post(opts, '/api/v1/sync', encodeRequestV2(request), token));
    },
  };
}

export async function postEnrol(opts: HttpOptions, request: EnrolRequest): Promise<EnrolResponse> {
  const parsed = enrolResponseSchema.safeParse(await post(opts, '/api/v1/enrol', request));
  if (!parsed.success) throw new SyncError('badResponse', 200, parsed.error.message);
  return parsed.data;
}
