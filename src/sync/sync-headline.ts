// One answer to "is my data safe and sent?", shared by home and the sync screen so they never contradict
// each other (issue 10): demo data is never sent, an offline phone is not "syncing", a failure that needs
// the user (revoked, too old, wrong clock) says so at once, and "stuck" means stuck for a while.
import { NEEDS_USER, type SyncFailure } from './sync-errors';
import { STUCK_AFTER_MS } from './sync-status';

export type SyncHeadline =
  | { kind: 'demo' }
  | { kind: 'notEnrolled' }
  | { kind: 'needsUser'; failure: SyncFailure }
  | { kind: 'offline' }
  | { kind: 'running' }
  | { kind: 'stuck'; failure: SyncFailure; since: number }
  | { kind: 'retrying'; failure: SyncFailure }
  | { kind: 'waiting' }
  | { kind: 'upToDate' };

export interface SyncFacts {
  mode: 'real' | 'demo';
  enrolled: boolean;
  online: boolean;
  running: boolean;
  pending: number;
  lastError: SyncFailure | null;
  failingSince: number | null;
  now: number;
}

export function syncHeadline(f: SyncFacts): SyncHeadline {
  if (f.mode === 'demo') return { kind: 'demo' };
  if (!f.enrolled) return { kind: 'notEnrolled' };
  if (f.lastError && NEEDS_USER.includes(f.lastError)) return { kind: 'needsUser', failure: f.lastError };
  // Offline wins over "running": a run started just before the signal went is only waiting for a timeout.
  if (!f.online) return { kind: 'offline' };
  if (f.running) return { kind: 'running' };
  if (f.pending > 0 && f.lastError) {
    const since = f.failingSince ?? f.now;
    if (f.now - since >= STUCK_AFTER_MS) return { kind: 'stuck', failure: f.lastError, since };
    return { kind: 'retrying', failure: f.lastError };
  }
  return f.pending > 0 ? { kind: 'waiting' } : { kind: 'upToDate' };
}
