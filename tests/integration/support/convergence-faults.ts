// Faults for the convergence simulation, each counted only when it really fired: a phone's link that
// loses, repeats, delays or answers stale (FaultyLink), and a server whose push transactions die before
// commit or commit late, so that concurrent transactions commit out of order (ServerFaults).
import type { Database } from '@/server/db/database';
import type { FetchLike } from '@/sync/sync-transport';

export type LinkFault = 'ok' | 'dropRequest' | 'dropResponse' | 'duplicate' | 'hold' | 'staleResponse';

export type FiredCounts = Record<string, number>;

export const countFired = (counts: FiredCounts, kind: string) => {
  counts[kind] = (counts[kind] ?? 0) + 1;
};

/** A phone's link to the server: offline, or one fault per request from a planned queue. */
export class FaultyLink {
  offline = false;
  plan: LinkFault[] = [];
  held: { url: string; init: RequestInit }[] = [];
  /** The last answer this phone received, replayed for a 'staleResponse' (responses out of order). */
  private last: { body: ArrayBuffer; status: number } | null = null;
  constructor(readonly fired: FiredCounts) {}

  readonly fetch: FetchLike = async (url, init) => {
    if (this.offline) throw new TypeError('offline');
    const send = async (u: string, i: RequestInit) => {
      const res = await fetch(u, i);
      const body = await res.arrayBuffer();
      this.last = { body: body.slice(0), status: res.status };
      if (res.status === 200 && new TextDecoder().decode(body).includes('"reset":true'))
        countFired(this.fired, 'reset');
      return new Response(body, { status: res.status, headers: res.headers });
    };
    const fault = this.plan.shift() ?? 'ok';
    if (fault !== 'ok' && fault !== 'staleResponse') countFired(this.fired, fault);
    switch (fault) {
      case 'dropRequest':
        throw new TypeError('request lost');
      case 'hold': // delivered later, after a newer request: reordered
        this.held.push({ url, init: { ...init, signal: null } });
        throw new TypeError('request delayed');
      case 'dropResponse':
        await send(url, init);
        throw new TypeError('response lost');
      case 'duplicate':
        await send(url, init);
        return send(url, init);
      case 'staleResponse': {
        // The request is applied, but the phone receives an older answer instead of this one.
        const stale = this.last;
        const fresh = await send(url, init);
        if (!stale) return fresh;
        countFired(this.fired, 'staleResponse');
        return new Response(stale.body.slice(0), { status: stale.status });
      }
      default: {
        const res = await send(url, init);
        for (const late of this.held.splice(0)) {
          countFired(this.fired, 'heldDelivered');
          await send(late.url, late.init);
        }
        return res;
      }
    }
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Wraps the server's database: planned transactions die just before commit (the server answers 500
 * and nothing of that transaction stays), or wait before committing (later transactions overtake). */
export class ServerFaults {
  /** Transactions to let commit before the next one dies (null: none planned). */
  crashAfter: number | null = null;
  slowCommits = 0;
  constructor(
    db: Database,
    readonly fired: FiredCounts,
  ) {
    const original = db.transaction.bind(db);
    db.transaction = <T>(fn: (tx: Parameters<Parameters<Database['transaction']>[0]>[0]) => Promise<T>) =>
      original(async (tx) => {
        const result = await fn(tx);
        if (this.slowCommits > 0) {
          this.slowCommits--;
          countFired(this.fired, 'slowCommit');
          await sleep(40);
        }
        if (this.crashAfter !== null) {
          if (this.crashAfter > 0) this.crashAfter--;
          else {
            this.crashAfter = null;
            countFired(this.fired, 'serverCrash');
            throw new Error('injected fault: the server died before commit');
          }
        }
        return result;
      });
  }

  clear() {
    this.crashAfter = null;
    this.slowCommits = 0;
  }
}
