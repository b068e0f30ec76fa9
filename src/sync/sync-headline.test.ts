import { syncHeadline, type SyncFacts } from './sync-headline';
import { STUCK_AFTER_MS } from './sync-status';

const base: SyncFacts = {
  mode: 'real',
  enrolled: true,
  online: true,
  running: false,
  pending: 1,
  lastError: null,
  failingSince: null,
  now: 10_000_000,
};

describe('sync headline', () => {
  it('says demo before anything else: demo data is never sent, so it is never "waiting" or "sent"', () => {
    expect(syncHeadline({ ...base, mode: 'demo', pending: 3 })).toEqual({ kind: 'demo' });
  });

  it('tells a revoked phone to act at once, even seconds after the failure and even offline', () => {
    const facts = { ...base, lastError: 'revoked' as const, failingSince: base.now - 1000, online: false };
    expect(syncHeadline(facts)).toEqual({ kind: 'needsUser', failure: 'revoked' });
  });

  it('an offline phone is offline, not "syncing", even while a run waits for its timeout', () => {
    expect(syncHeadline({ ...base, online: false, running: true })).toEqual({ kind: 'offline' });
  });

  it('calls a failure "stuck" only after it has lasted a while; before that it is being retried', () => {
    const failing = { ...base, lastError: 'server' as const, failingSince: base.now - 5000 };
    expect(syncHeadline(failing)).toEqual({ kind: 'retrying', failure: 'server' });
    const since = base.now - STUCK_AFTER_MS;
    expect(syncHeadline({ ...failing, failingSince: since })).toEqual({
      kind: 'stuck',
      failure: 'server',
      since,
    });
  });

  it('is up to date when nothing waits, and waiting when changes wait and nothing failed', () => {
    expect(syncHeadline({ ...base, pending: 0 })).toEqual({ kind: 'upToDate' });
    expect(syncHeadline(base)).toEqual({ kind: 'waiting' });
    expect(syncHeadline({ ...base, enrolled: false })).toEqual({ kind: 'notEnrolled' });
  });
});
