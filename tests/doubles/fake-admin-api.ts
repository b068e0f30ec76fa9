// Test support: a fake /api/v1/admin behind a stubbed global fetch. Each route answers from a handler;
// every call is recorded (method, path, query, body, authorization) so tests can check what was sent.
import { configure } from '@testing-library/react';
import { vi } from 'vitest';

// Lazy routes and a machine shared by parallel test runs: give screens more than the default 1 s.
configure({ asyncUtilTimeout: 5000 });

export interface AdminCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | null;
}
export interface Reply {
  status: number;
  body: unknown;
}
type Handler = (call: AdminCall) => Reply | unknown;

export const reply = (status: number, body: unknown): Reply => ({ status, body });
const isReply = (v: unknown): v is Reply =>
  typeof v === 'object' && v !== null && 'status' in v && 'body' in v && Object.keys(v).length === 2;

/** Routes are keyed "METHOD /path" (path after /api/v1/admin, without the query). */
export function stubAdminApi(routes: Record<string, Handler>): AdminCall[] {
  const calls: AdminCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input), 'http://localhost');
      const headers = new Headers(init?.headers);
      const call: AdminCall = {
        method: init?.method ?? 'GET',
        path: url.pathname.replace(/^\/api\/v1\/admin/, ''),
        query: url.searchParams,
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
        authorization: headers.get('authorization'),
      };
      calls.push(call);
      const handler = routes[`${call.method} ${call.path}`];
      const out = handler ? handler(call) : reply(404, { error: 'not_found', reason: 'errors.notFound' });
      const { status, body } = isReply(out) ? out : { status: 200, body: out };
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

/** The current administrative-units catalog as GET /catalogs/adminUnits/current answers it. */
export function unitsCatalog(
  communes: Array<{ id: string; name: string; kind: 'xa' | 'phuong'; villages: string[] }>,
): unknown {
  return {
    kind: 'adminUnits',
    version: 'test-1',
    publishedAt: '2026-11-01T00:00:00Z',
    sample: false,
    source: '',
    data: {
      province: { code: 'LC', name: 'Lào Cai' },
      communes: communes.map(({ id, name, kind }) => ({ id, name, kind })),
      villages: communes.flatMap((c) =>
        c.villages.map((name, i) => ({ id: `${c.id}-v${i + 1}`, communeId: c.id, name })),
      ),
    },
  };
}
