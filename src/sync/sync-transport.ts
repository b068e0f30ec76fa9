// The sync engine's only door to the network: POST /api/v1/sync and /api/v1/enrol over fetch, bodies gzip
// both ways, a timeout per request, failures mapped to SyncError. Tests inject `fetch` (or a fake transport).
import {
  enrolResponseSchema,
  errorResponseSchema,
  syncResponseSchema,
  type EnrolRequest,
  type EnrolResponse,
  type SyncRequest,
  type SyncResponse,
} from '@/protocol/sync-messages';
import { gzipJson, parseJsonBody } from './gzip';
import { failureOf, SyncError } from './sync-errors';

export interface SyncTransport {
  sync(request: SyncRequest, token: string): Promise<SyncResponse>;
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface HttpOptions {
  serverUrl: string;
  fetch?: FetchLike;
  timeoutMs?: number;
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

export function createHttpTransport(opts: HttpOptions): SyncTransport {
  return {
    async sync(request, token) {
      const parsed = syncResponseSchema.safeParse(await post(opts, '/api/v1/sync', request, token));
      if (!parsed.success) throw new SyncError('badResponse', 200, parsed.error.message);
      return parsed.data;
    },
  };
}

export async function postEnrol(opts: HttpOptions, request: EnrolRequest): Promise<EnrolResponse> {
  const parsed = enrolResponseSchema.safeParse(await post(opts, '/api/v1/enrol', request));
  if (!parsed.success) throw new SyncError('badResponse', 200, parsed.error.message);
  return parsed.data;
}
