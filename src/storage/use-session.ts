// React access to the session (open database, commune, member, village) and to the current catalogs.
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import type { CatalogKind, CatalogOf } from '@/domain/catalog';
import { currentCatalog } from './catalogs';
import { sessionStore, type SessionState } from './session-store';

export function useSession(): SessionState;
export function useSession<T>(select: (s: SessionState) => T): T;
export function useSession<T>(select?: (s: SessionState) => T) {
  return useStore(sessionStore, select ?? ((s) => s as unknown as T));
}

/** The current catalog of a kind; `undefined` while loading, `null` when none is installed. */
export function useCatalog<K extends CatalogKind>(kind: K): CatalogOf<K> | null | undefined {
  const db = useSession((s) => s.db);
  return useLiveQuery(async () => (await currentCatalog(db, kind)) ?? null, [db, kind]);
}
