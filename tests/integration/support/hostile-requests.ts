// More than 50 malformed or hostile requests against the sync, enrolment and admin endpoints, each with
// the status it must get — or, for a sync whose bad mutation is refused alone, the reply it must get
// (its own verdict, or a reset). Used by server-security.test.ts, which also checks no data changed.
import { gzipSync } from 'node:zlib';
import { MAX_BODY_BYTES, MAX_PUSH_MUTATIONS } from '@/protocol/version';
import { COMMUNE_A, postJson, VILLAGE_B, type Phone } from './sync-client';
import type { TestServer } from './test-server';

/** A 4xx status, or the 200 reply a sync must match (per-mutation verdicts, or a reset). */
export type HostileExpectation = number | { results: Record<string, unknown>[] } | { reset: true };

export type HostileCase = [
  name: string,
  send: () => Promise<{ status: number; body: unknown }>,
  expected: HostileExpectation,
];

const NUL = '\u0000';
const invalid = { results: [{ status: 'rejected', reason: 'errors.invalidRecord' }] };

export function hostileRequests(server: TestServer, phoneA: Phone, revoked: Phone): HostileCase[] {
  const sync = `${server.url}/api/v1/sync`;
  const enrol = `${server.url}/api/v1/enrol`;
  const good = { protocol: 1, mutations: [], cursor: null, catalogs: {}, clientTime: Date.now() };
  const m = () => phoneA.newTraining();
  const withMutation = (patch: Record<string, unknown>) => ({
    ...good,
    mutations: [{ ...m(), ...patch }],
  });
  const tokenA = phoneA.token;

  const raw =
    (url: string, body: string | Buffer, headers: Record<string, string>, method = 'POST') =>
    async () => {
      const res = await fetch(url, {
        method,
        headers,
        body: method === 'GET' ? undefined : typeof body === 'string' ? body : new Uint8Array(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
    };
  const json = { 'content-type': 'application/json' };
  const authed = { ...json, authorization: `Bearer ${tokenA}` };
  const cases: HostileCase[] = [
    ['no token', () => postJson(sync, good), 401],
    ['malformed bearer', raw(sync, JSON.stringify(good), { ...json, authorization: 'Bearer !!' }), 401],
    [
      'basic auth',
      raw(sync, JSON.stringify(good), { ...json, authorization: 'Basic YWRtaW46YWRtaW4=' }),
      401,
    ],
    ['unknown token', () => postJson(sync, good, { token: 'x'.repeat(43) }), 401],
    ['revoked token', () => postJson(sync, good, { token: revoked.token }), 401],
    ['admin token on sync', () => postJson(sync, good, { token: server.adminToken }), 401],
    ['malformed JSON', raw(sync, '{"protocol":1,', authed), 400],
    ['not JSON at all', raw(sync, 'hello', authed), 400],
    ['empty body', raw(sync, '', authed), 400],
    ['JSON array', raw(sync, '[]', authed), 400],
    ['JSON string', raw(sync, '"sync"', authed), 400],
    ['JSON null', raw(sync, 'null', authed), 400],
    ['JSON number', raw(sync, '42', authed), 400],
    ['bad gzip', raw(sync, Buffer.from('not gzip at all'), { ...authed, 'content-encoding': 'gzip' }), 400],
    [
      'truncated gzip',
      raw(sync, gzipSync(JSON.stringify(good)).subarray(0, 20), {
        ...authed,
        'content-encoding': 'gzip',
      }),
      400,
    ],
    [
      'gzip bomb',
      raw(sync, gzipSync(Buffer.alloc(MAX_BODY_BYTES + 1024, 32)), {
        ...authed,
        'content-encoding': 'gzip',
      }),
      413,
    ],
    ['oversized body', raw(sync, `{"x":"${'a'.repeat(MAX_BODY_BYTES + 10)}"}`, authed), 413],
    [
      'text/plain',
      raw(sync, JSON.stringify(good), {
        authorization: `Bearer ${tokenA}`,
        'content-type': 'text/plain',
      }),
      415,
    ],
    [
      'form body',
      raw(sync, 'a=1', {
        authorization: `Bearer ${tokenA}`,
        'content-type': 'application/x-www-form-urlencoded',
      }),
      415,
    ],
    ['brotli body', raw(sync, JSON.stringify(good), { ...authed, 'content-encoding': 'br' }), 415],
    [
      'prototype poisoning',
      raw(sync, JSON.stringify(good).replace('{', '{"__proto__":{"admin":true},'), authed),
      400,
    ],
    [
      'constructor key',
      raw(sync, JSON.stringify(good).replace('{', '{"constructor":{"prototype":{}},'), authed),
      400,
    ],
    ['protocol 0', () => postJson(sync, { ...good, protocol: 0 }, { token: tokenA }), 426],
    ['protocol 3', () => postJson(sync, { ...good, protocol: 3 }, { token: tokenA }), 426],
    [
      'protocol 2 with a protocol 1 body',
      () => postJson(sync, { ...good, protocol: 2 }, { token: tokenA }),
      400,
    ],
    ['protocol missing', () => postJson(sync, { ...good, protocol: undefined }, { token: tokenA }), 426],
    ['protocol as string', () => postJson(sync, { ...good, protocol: '1' }, { token: tokenA }), 426],
    ['mutations not an array', () => postJson(sync, { ...good, mutations: {} }, { token: tokenA }), 400],
    [
      'too many mutations',
      () =>
        postJson(
          sync,
          { ...good, mutations: Array.from({ length: MAX_PUSH_MUTATIONS + 1 }, m) },
          { token: tokenA },
        ),
      400,
    ],
    ['unknown record type', () => postJson(sync, withMutation({ table: 'users' }), { token: tokenA }), 400],
    [
      'record type __proto__',
      () => postJson(sync, withMutation({ table: 'constructor' }), { token: tokenA }),
      400,
    ],
    ['seq zero', () => postJson(sync, withMutation({ seq: 0 }), { token: tokenA }), 400],
    ['seq negative', () => postJson(sync, withMutation({ seq: -5 }), { token: tokenA }), 400],
    ['seq fractional', () => postJson(sync, withMutation({ seq: 1.5 }), { token: tokenA }), 400],
    ['seq as string', () => postJson(sync, withMutation({ seq: '99' }), { token: tokenA }), 400],
    ['malformed HLC', () => postJson(sync, withMutation({ hlc: 'yesterday' }), { token: tokenA }), 400],
    [
      'HLC SQL injection',
      () => postJson(sync, withMutation({ hlc: "1'; DROP TABLE records; --" }), { token: tokenA }),
      400,
    ],
    ['empty id', () => postJson(sync, withMutation({ id: '' }), { token: tokenA }), 400],
    ['id too long', () => postJson(sync, withMutation({ id: 'x'.repeat(500) }), { token: tokenA }), 400],
    [
      'communeId missing',
      () => postJson(sync, withMutation({ communeId: undefined }), { token: tokenA }),
      400,
    ],
    ['patch not an object', () => postJson(sync, withMutation({ patch: 'all' }), { token: tokenA }), 400],
    ['patch null', () => postJson(sync, withMutation({ patch: null }), { token: tokenA }), 400],
    ['schemaVersion zero', () => postJson(sync, withMutation({ schemaVersion: 0 }), { token: tokenA }), 400],
    ['cursor too long', () => postJson(sync, { ...good, cursor: '9'.repeat(500) }, { token: tokenA }), 400],
    ['cursor a number', () => postJson(sync, { ...good, cursor: 5 }, { token: tokenA }), 400],
    ['pullLimit zero', () => postJson(sync, { ...good, pullLimit: 0 }, { token: tokenA }), 400],
    ['pullLimit huge', () => postJson(sync, { ...good, pullLimit: 1e9 }, { token: tokenA }), 400],
    ['catalogs not an object', () => postJson(sync, { ...good, catalogs: [] }, { token: tokenA }), 400],
    ['clientTime missing', () => postJson(sync, { ...good, clientTime: undefined }, { token: tokenA }), 400],
    [
      'clock two hours ahead',
      () =>
        postJson(sync, { ...withMutation({}), clientTime: Date.now() + 2 * 3_600_000 }, { token: tokenA }),
      400,
    ],
    [
      'clock two days behind',
      () =>
        postJson(sync, { ...withMutation({}), clientTime: Date.now() - 2 * 86_400_000 }, { token: tokenA }),
      400,
    ],
    ['enrol malformed JSON', raw(enrol, '{code:', json), 400],
    ['enrol protocol 99', () => postJson(enrol, { protocol: 99, code: 'ABCDEFGH' }), 426],
    ['enrol code too short', () => postJson(enrol, { protocol: 1, code: 'AB' }), 400],
    ['enrol code too long', () => postJson(enrol, { protocol: 1, code: 'A'.repeat(41) }), 400],
    ['enrol code not a string', () => postJson(enrol, { protocol: 1, code: 12345678 }), 400],
    ['enrol wrong code', () => postJson(enrol, { protocol: 1, code: 'ZZZZ2222' }), 400],
    ['admin overview without token', raw(`${server.url}/api/v1/admin/overview`, '', {}, 'GET'), 401],
    [
      'admin with a device token',
      () => postJson(`${server.url}/api/v1/admin/catalogs`, {}, { token: tokenA }),
      401,
    ],
    [
      'admin wrong password',
      () => postJson(`${server.url}/api/v1/admin/login`, { username: 'admin', password: 'guess' }),
      401,
    ],
    [
      'admin unknown user',
      () => postJson(`${server.url}/api/v1/admin/login`, { username: 'root', password: 'guess' }),
      401,
    ],
    [
      'code for unknown commune',
      () =>
        postJson(
          `${server.url}/api/v1/admin/enrolment-codes`,
          { communeId: 'nowhere' },
          { token: server.adminToken },
        ),
      400,
    ],
    [
      'member for unknown commune',
      () =>
        postJson(
          `${server.url}/api/v1/admin/team-members`,
          { communeId: 'nowhere', villageId: null, name: 'A', role: 'member' },
          { token: server.adminToken },
        ),
      400,
    ],
    [
      'member village of another commune',
      () =>
        postJson(
          `${server.url}/api/v1/admin/team-members`,
          { communeId: COMMUNE_A, villageId: VILLAGE_B, name: 'A', role: 'member' },
          { token: server.adminToken },
        ),
      400,
    ],
    [
      'catalog with invalid data',
      () =>
        postJson(
          `${server.url}/api/v1/admin/catalogs`,
          { kind: 'helpKinds', version: 'x1', sample: false, source: '', data: { kinds: [] } },
          { token: server.adminToken },
        ),
      400,
    ],
    [
      'catalog of unknown kind',
      () =>
        postJson(
          `${server.url}/api/v1/admin/catalogs`,
          { kind: 'users', version: 'x1', sample: false, source: '', data: {} },
          { token: server.adminToken },
        ),
      400,
    ],
    [
      'catalog version already published',
      () =>
        postJson(
          `${server.url}/api/v1/admin/catalogs`,
          {
            kind: 'helpKinds',
            version: 'sample-2026.1',
            sample: true,
            source: '',
            data: { kinds: [{ code: 'a', name: { vi: 'A' } }] },
          },
          { token: server.adminToken },
        ),
      409,
    ],
    [
      'CSV with a bad line',
      () =>
        postJson(
          `${server.url}/api/v1/admin/admin-units`,
          {
            csv: 'commune_id,commune_name,commune_kind,village_id,village_name\nc1,Xã A,xa,v1,Thôn 1\nc1,Xã A,huyen,v2,Thôn 2',
            version: 'csv-bad',
          },
          { token: server.adminToken },
        ),
      400,
    ],
    [
      'revoke unknown device',
      () => postJson(`${server.url}/api/v1/admin/devices/nope/revoke`, {}, { token: server.adminToken }),
      404,
    ],
    [
      'deactivate unknown member',
      () =>
        postJson(`${server.url}/api/v1/admin/team-members/nope/deactivate`, {}, { token: server.adminToken }),
      404,
    ],
    ['NUL in an id', () => postJson(sync, withMutation({ id: `a${NUL}b` }), { token: tokenA }), invalid],
    [
      'NUL in communeId',
      () => postJson(sync, withMutation({ communeId: `${COMMUNE_A}${NUL}` }), { token: tokenA }),
      invalid,
    ],
    [
      'NUL in the actor',
      () => postJson(sync, withMutation({ actor: `x${NUL}` }), { token: tokenA }),
      invalid,
    ],
    [
      'NUL in free text',
      () =>
        postJson(
          sync,
          { ...good, mutations: [phoneA.newTraining({ place: `Nhà${NUL}` })] },
          { token: tokenA },
        ),
      invalid,
    ],
    [
      'NUL in a code',
      () =>
        postJson(
          sync,
          { ...good, mutations: [phoneA.newTraining({ topics: [`vneid${NUL}`] })] },
          { token: tokenA },
        ),
      invalid,
    ],
    [
      'NUL in a field name',
      () =>
        postJson(
          sync,
          { ...good, mutations: [phoneA.newTraining({ [`pl${NUL}ace`]: 'x' })] },
          { token: tokenA },
        ),
      invalid,
    ],
    [
      'the same new seq twice in one request',
      () => {
        const first = phoneA.mutation('teamMembers', 'sample-member-1', { name: 'Đổi tên' });
        return postJson(sync, { ...good, mutations: [first, { ...first }] }, { token: tokenA });
      },
      { results: [{ status: 'rejected', reason: 'errors.readOnlyTable' }, { status: 'duplicate' }] },
    ],
    [
      'cursor beyond the database types',
      () =>
        postJson(sync, { ...good, cursor: '99999999999999999999.99999999999999999999' }, { token: tokenA }),
      { reset: true },
    ],
    [
      'cursor the server never issued',
      () => postJson(sync, { ...good, cursor: '900000000000.900000000000' }, { token: tokenA }),
      { reset: true },
    ],
    [
      'cursor with NUL',
      () => postJson(sync, { ...good, cursor: `1${NUL}.2` }, { token: tokenA }),
      { reset: true },
    ],
    ['enrol code with NUL', () => postJson(enrol, { protocol: 1, code: `ABCD${NUL}EFG` }), 400],
    [
      'enrol device name with NUL',
      () => postJson(enrol, { protocol: 1, code: 'ABCDEFGH', deviceName: NUL }),
      400,
    ],
    [
      'username with NUL',
      () => postJson(`${server.url}/api/v1/admin/login`, { username: `ad${NUL}min`, password: 'guess' }),
      400,
    ],
    [
      'username with a lone surrogate',
      raw(`${server.url}/api/v1/admin/login`, '{"username":"ad\\ud800min","password":"guess"}', json),
      401,
    ],
    [
      'enrolment code for a commune with NUL',
      () =>
        postJson(
          `${server.url}/api/v1/admin/enrolment-codes`,
          { communeId: `x${NUL}` },
          { token: server.adminToken },
        ),
      400,
    ],
    [
      'team member name with NUL',
      () =>
        postJson(
          `${server.url}/api/v1/admin/team-members`,
          { communeId: COMMUNE_A, villageId: null, name: `A${NUL}`, role: 'member' },
          { token: server.adminToken },
        ),
      400,
    ],
    [
      'admin units CSV with NUL',
      () =>
        postJson(
          `${server.url}/api/v1/admin/admin-units`,
          {
            csv: `commune_id,commune_name,commune_kind,village_id,village_name\nc1,Xã A${NUL},xa,v1,Thôn 1`,
            version: 'csv-nul',
          },
          { token: server.adminToken },
        ),
      400,
    ],
    ...(['devices/a%00b/revoke', 'team-members/a%00b/deactivate'] as const).map((path): HostileCase => [
      `path parameter with NUL (${path})`,
      () => postJson(`${server.url}/api/v1/admin/${path}`, {}, { token: server.adminToken }),
      400,
    ]),
    ...(
      [
        'catalogs/a%00b/current',
        'team-members?communeId=a%00b',
        'records?communeId=a%00b&table=trainingSessions',
      ] as const
    ).map((path): HostileCase => [
      `address with NUL (${path})`,
      raw(`${server.url}/api/v1/admin/${path}`, '', { authorization: `Bearer ${server.adminToken}` }, 'GET'),
      400,
    ]),
    [
      'path parameter that is not UTF-8 (a lone surrogate)',
      () => postJson(`${server.url}/api/v1/admin/devices/%ED%A0%80/revoke`, {}, { token: server.adminToken }),
      400,
    ],
    ['unknown API path', raw(`${server.url}/api/v1/nothing`, '', {}, 'GET'), 404],
    ['wrong method on sync', raw(sync, '', {}, 'GET'), 404],
  ];
  return cases;
}
