// The web session (province administrator, province viewer or commune official), kept in sessionStorage
// only: it dies with the tab and never reaches IndexedDB, which holds the phone's field data (a shared
// desktop must not keep admin rights). Why this is safe against XSS: docs/api.md, "Session tokens".
import { useSyncExternalStore } from 'react';
import type { AccountRole } from '@/protocol/account-messages';

export interface AdminSession {
  token: string;
  username: string;
  expiresAt: number;
  /** Sessions saved before roles existed are province administrators. */
  role?: AccountRole;
  communeId?: string | null;
  communeName?: string | null;
  mustChangePassword?: boolean;
}

const KEY = 'ban-so:admin-session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: AdminSession | null } = { raw: null, session: null };

function read(): AdminSession | null {
  const s = parse();
  return s && s.expiresAt > Date.now() ? s : null;
}

function parse(): AdminSession | null {
  const raw = globalThis.sessionStorage?.getItem(KEY) ?? null;
  if (raw === cached.raw) return cached.session;
  let session: AdminSession | null = null;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<AdminSession>) : null;
    if (parsed?.token && parsed.username && typeof parsed.expiresAt === 'number') {
      session = {
        token: parsed.token,
        username: parsed.username,
        expiresAt: parsed.expiresAt,
        role: parsed.role ?? 'admin',
        communeId: parsed.communeId ?? null,
        communeName: parsed.communeName ?? null,
        mustChangePassword: parsed.mustChangePassword === true,
      };
    }
  } catch {
    session = null;
  }
  cached = { raw, session };
  return session;
}

/** The live session, or null when signed out or expired. */
export function currentAdminSession(): AdminSession | null {
  return read();
}

export function saveAdminSession(session: AdminSession): void {
  globalThis.sessionStorage?.setItem(KEY, JSON.stringify(session));
  listeners.forEach((l) => l());
}

const EXPIRED_KEY = 'ban-so:admin-session-expired';

/** Signs out. `expired`: the server refused the token, and the sign-in form should say why. */
export function clearAdminSession({ expired = false } = {}): void {
  globalThis.sessionStorage?.removeItem(KEY);
  if (expired) globalThis.sessionStorage?.setItem(EXPIRED_KEY, '1');
  listeners.forEach((l) => l());
}

/** True once after a session the server ended (read by the sign-in form, then forgotten). */
export function takeExpiredNotice(): boolean {
  const expired = globalThis.sessionStorage?.getItem(EXPIRED_KEY) === '1';
  globalThis.sessionStorage?.removeItem(EXPIRED_KEY);
  return expired;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The live session (null when signed out or expired), re-rendering on sign-in and sign-out. */
export function useAdminSession(): AdminSession | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
