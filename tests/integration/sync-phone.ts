// A phone for client↔server tests: its own fake-indexeddb database, the real sync engine and the real
// HTTP transport to the in-process server, an injectable clock and fetch (to skew clocks and lose,
// repeat or delay requests). Enrolment goes through the real POST /api/v1/enrol.
import { PROTOCOL_VERSION, type ProtocolVersion } from '@/protocol/version';
import type { RecordTable } from '@/domain/record-tables';
import { BanSoDatabase } from '@/storage/database';
import { createRecord, deleteRecord, writeRecord } from '@/storage/record-writer';
import type { Enrolment } from '@/storage/session-store';
import { createSyncEngine, type SyncEngine } from '@/sync/sync-engine';
import { createHttpTransport, postEnrol, type FetchLike } from '@/sync/sync-transport';
import type { TestServer } from './support/test-server';

let counter = 0;
export const noWait = { sleep: async () => {}, random: () => 0.5 };

export interface PhoneOptions {
  actor?: string;
  now?: () => number;
  fetch?: FetchLike;
  retries?: number;
  db?: BanSoDatabase;
  /** The sync protocol the phone speaks (default: the newest). */
  protocol?: ProtocolVersion;
  pushBudget?: number;
  pullLimit?: number;
}

export class EnginePhone {
  engine: SyncEngine;
  constructor(
    readonly server: TestServer,
    readonly enrolment: Enrolment,
    readonly db: BanSoDatabase,
    readonly opts: PhoneOptions,
  ) {
    this.engine = this.newEngine();
  }

  static async enrol(
    server: TestServer,
    communeId: string | null,
    opts: PhoneOptions = {},
  ): Promise<EnginePhone> {
    const code = await server.enrolmentCode(communeId);
    const res = await postEnrol(
      { serverUrl: server.url },
      { protocol: PROTOCOL_VERSION, code, deviceName: 'test' },
    );
    const enrolment: Enrolment = { ...res, serverUrl: server.url, enrolledAt: Date.now() };
    return new EnginePhone(
      server,
      enrolment,
      opts.db ?? new BanSoDatabase(`phone-${Date.now()}-${counter++}`),
      opts,
    );
  }

  /** A fresh engine on the same database: what a restarted (killed) app would build. */
  newEngine(): SyncEngine {
    const transport = createHttpTransport({
      serverUrl: this.server.url,
      fetch: this.opts.fetch,
      timeoutMs: 10_000,
      protocol: this.opts.protocol,
      pushBudget: this.opts.pushBudget,
    });
    this.engine = createSyncEngine({
      db: this.db,
      transport,
      token: this.enrolment.token,
      now: this.opts.now,
      retry: { ...noWait, retries: this.opts.retries ?? 3 },
      pullLimit: this.opts.pullLimit,
    });
    return this.engine;
  }

  get ctx() {
    return {
      communeId: this.enrolment.communeId ?? '',
      actor: this.opts.actor ?? 'sample-member-1',
      now: this.opts.now,
    };
  }

  create(table: RecordTable, content: Record<string, unknown>, id?: string) {
    return createRecord(this.db, table, content, this.ctx, id);
  }

  write(table: RecordTable, id: string, patch: Record<string, unknown>) {
    return writeRecord(this.db, table, id, patch, this.ctx);
  }

  remove(table: RecordTable, id: string) {
    return deleteRecord(this.db, table, id, this.ctx);
  }

  sync() {
    return this.engine.sync();
  }

  /** Syncs until nothing is pending (or `max` runs); throws if a run fails. */
  async settle(max = 5) {
    for (let i = 0; i < max; i++) {
      const outcome = await this.engine.sync();
      if (!outcome.ok) throw new Error(`sync failed: ${outcome.failure}`);
      if ((await this.db.outbox.where('status').equals('pending').count()) === 0) return outcome;
    }
    throw new Error('outbox did not drain');
  }
}
