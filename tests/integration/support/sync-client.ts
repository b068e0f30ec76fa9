// A minimal phone for server tests over real HTTP with plain fetch, speaking sync protocol 1 (the server
// keeps answering it for phones not yet updated): enrol, sync (optionally gzip both ways), and builders
// of valid mutations against the sample catalogs.
import { gunzipSync, gzipSync } from 'node:zlib';
import { encodeHlc } from '@/domain/hlc';
import { newId } from '@/domain/ids';
import {
  syncResponseSchema,
  type EnrolResponse,
  type SyncResponse,
  type WireMutation,
} from '@/protocol/sync-messages';
import { PROTOCOL_VERSION } from '@/protocol/version';
import type { TestServer } from './test-server';

export const COMMUNE_A = 'sample-bat-xat';
export const VILLAGE_A = 'sample-bx-suoi-chai';
export const COMMUNE_B = 'sample-sa-pa';
export const VILLAGE_B = 'sample-sp-to-1';

export interface Reply<T> {
  status: number;
  body: T;
  headers: Headers;
}

export async function postJson<T = unknown>(
  url: string,
  body: unknown,
  opts: { token?: string; gzip?: boolean; raw?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<Reply<T>> {
  const text = opts.raw ?? JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-encoding': 'gzip' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.gzip) headers['content-encoding'] = 'gzip';
  Object.assign(headers, opts.headers);
  const payload = opts.gzip && !Buffer.isBuffer(text) ? gzipSync(text) : text;
  const res = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof payload === 'string' ? payload : new Uint8Array(payload),
  });
  // fetch decodes gzip replies itself; parse whatever came back.
  const buf = Buffer.from(await res.arrayBuffer());
  const decoded = buf[0] === 0x1f && buf[1] === 0x8b ? gunzipSync(buf) : buf;
  const str = decoded.toString('utf8');
  return { status: res.status, body: (str ? JSON.parse(str) : null) as T, headers: res.headers };
}

export class Phone {
  seq = 0;
  cursor: string | null = null;
  catalogs: Record<string, string> = {};
  private counter = 0;
  constructor(
    readonly server: TestServer,
    readonly enrolment: EnrolResponse,
    readonly actor = 'sample-member-1',
  ) {}

  get token() {
    return this.enrolment.token;
  }

  static async enrol(server: TestServer, communeId: string | null, actor?: string): Promise<Phone> {
    const code = await server.enrolmentCode(communeId);
    const res = await postJson<EnrolResponse>(`${server.url}/api/v1/enrol`, {
      protocol: PROTOCOL_VERSION,
      code,
      deviceName: 'test phone',
    });
    if (res.status !== 200) throw new Error(`enrol failed: ${res.status} ${JSON.stringify(res.body)}`);
    return new Phone(server, res.body, actor);
  }

  /** A fresh HLC stamp of this phone (node = device id prefix). */
  stamp(millis = Date.now()): string {
    this.counter += 1;
    return encodeHlc({
      millis,
      counter: this.counter,
      node: this.enrolment.deviceId.replace(/-/g, '').slice(-12),
    });
  }

  mutation(
    table: WireMutation['table'],
    id: string,
    patch: Record<string, unknown>,
    extra: Partial<WireMutation> = {},
  ): WireMutation {
    this.seq += 1;
    return {
      seq: this.seq,
      table,
      id,
      communeId: this.enrolment.communeId ?? COMMUNE_A,
      actor: this.actor,
      hlc: this.stamp(),
      schemaVersion: 1,
      patch,
      ...extra,
    };
  }

  newTraining(overrides: Record<string, unknown> = {}, id = newId()): WireMutation {
    return this.mutation('trainingSessions', id, { ...trainingFields(VILLAGE_A), ...overrides });
  }

  async sync(
    mutations: WireMutation[] = [],
    opts: { gzip?: boolean; pullLimit?: number; clientTime?: number } = {},
  ) {
    const res = await postJson<SyncResponse>(
      `${this.server.url}/api/v1/sync`,
      {
        protocol: 1, // this minimal phone speaks protocol 1, as phones not yet updated do
        mutations,
        cursor: this.cursor,
        catalogs: this.catalogs,
        clientTime: opts.clientTime ?? Date.now(),
        ...(opts.pullLimit ? { pullLimit: opts.pullLimit } : {}),
      },
      { token: this.token, gzip: opts.gzip ?? true },
    );
    if (res.status === 200) {
      syncResponseSchema.parse(res.body); // every reply must match the shared contract exactly
      this.cursor = res.body.reset ? null : res.body.cursor;
      for (const c of res.body.catalogs as { kind: string; version: string }[])
        this.catalogs[c.kind] = c.version;
    }
    return res;
  }

  /** Pulls until hasMore is false; returns every row (latest per table/id) and overwrite seen. */
  async pullAll() {
    const rows = new Map<string, Record<string, unknown>>();
    const overwrites: unknown[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await this.sync();
      if (res.status !== 200) throw new Error(`sync failed ${res.status} ${JSON.stringify(res.body)}`);
      for (const row of res.body.rows) rows.set(`${row.table}/${String(row.record.id)}`, row.record);
      overwrites.push(...(res.body.overwrites ?? []));
      if (!res.body.hasMore) break;
    }
    return { rows, overwrites };
  }
}

export function trainingFields(villageId: string): Record<string, unknown> {
  return {
    villageId,
    date: '2026-11-20',
    place: 'Nhà văn hoá thôn',
    durationMinutes: 90,
    topics: ['vneid', 'safety'],
    trainers: ['Vàng A Sử'],
    targetGroup: 'residents',
    language: 'hmn',
    attendees: { total: 25, women: 12, ethnicMinority: 25, ageBands: { '18-35': 10 } },
    outcomes: { 'vneid-activated': 8 },
    notes: '',
  };
}
