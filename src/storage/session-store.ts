// Which database is open (the real one, or the demo one that never syncs) and who is using the phone:
// commune, team member and chosen village. A zustand vanilla store so storage, sync and React all read
// the same state; the chosen member and village are persisted in `meta` so they survive restarts.
import { createStore } from 'zustand/vanilla';
import { BanSoDatabase, DEMO_DATABASE, REAL_DATABASE } from './database';
import { getMeta, META, setMeta } from './meta';
import type { WriteContext } from './record-writer';

export type AppMode = 'real' | 'demo';

export interface Enrolment {
  deviceId: string;
  token: string;
  communeId: string | null;
  communeName: string;
  scope: 'commune' | 'province';
  serverUrl: string;
  enrolledAt: number;
}

export interface SessionState {
  mode: AppMode;
  db: BanSoDatabase;
  enrolment: Enrolment | null;
  communeId: string | null;
  memberId: string | null;
  villageId: string | null;
}

const MODE_KEY = 'ban-so:mode';
/** Meta key of the villages chosen most recently (newest first), offered first by the village picker. */
export const RECENT_VILLAGES = 'recentVillages';
export const MAX_RECENT_VILLAGES = 5;

function initialMode(): AppMode {
  return globalThis.localStorage?.getItem(MODE_KEY) === 'demo' ? 'demo' : 'real';
}

function openFor(mode: AppMode): BanSoDatabase {
  return new BanSoDatabase(mode === 'demo' ? DEMO_DATABASE : REAL_DATABASE);
}

export const sessionStore = createStore<SessionState>(() => {
  const mode = initialMode();
  return { mode, db: openFor(mode), enrolment: null, communeId: null, memberId: null, villageId: null };
});

/** Loads the persisted enrolment, member and village of the open database. Call once at start. */
export async function loadSession(): Promise<void> {
  const { db, mode } = sessionStore.getState();
  const [enrolment, memberId, villageId, demoCommune] = await Promise.all([
    getMeta<Enrolment>(db, META.enrolment),
    getMeta<string>(db, META.currentMember),
    getMeta<string>(db, META.currentVillage),
    getMeta<string>(db, 'demoCommune'),
  ]);
  const communeId = mode === 'demo' ? (demoCommune ?? null) : (enrolment?.communeId ?? null);
  sessionStore.setState({
    enrolment: enrolment ?? null,
    memberId: memberId ?? null,
    villageId: villageId ?? null,
    communeId,
  });
}

/** Switches between the real and the demo database; the demo database is never synced. */
export async function switchMode(mode: AppMode): Promise<void> {
  const current = sessionStore.getState();
  if (current.mode === mode) return;
  globalThis.localStorage?.setItem(MODE_KEY, mode);
  current.db.close();
  sessionStore.setState({
    mode,
    db: openFor(mode),
    enrolment: null,
    communeId: null,
    memberId: null,
    villageId: null,
  });
  await loadSession();
}

export async function chooseMember(memberId: string): Promise<void> {
  await setMeta(sessionStore.getState().db, META.currentMember, memberId);
  sessionStore.setState({ memberId });
}

export async function chooseVillage(villageId: string): Promise<void> {
  const { db } = sessionStore.getState();
  await db.transaction('rw', db.meta, async () => {
    const recent = (await getMeta<string[]>(db, RECENT_VILLAGES)) ?? [];
    await setMeta(db, META.currentVillage, villageId);
    await setMeta(
      db,
      RECENT_VILLAGES,
      [villageId, ...recent.filter((id) => id !== villageId)].slice(0, MAX_RECENT_VILLAGES),
    );
  });
  sessionStore.setState({ villageId });
}

export async function setEnrolment(enrolment: Enrolment): Promise<void> {
  await setMeta(sessionStore.getState().db, META.enrolment, enrolment);
  sessionStore.setState({ enrolment, communeId: enrolment.communeId });
}

/** The write context of the current user, or null when no member or commune is chosen yet. */
export function writeContext(state: SessionState = sessionStore.getState()): WriteContext | null {
  if (!state.communeId || !state.memberId) return null;
  return { communeId: state.communeId, actor: state.memberId };
}
