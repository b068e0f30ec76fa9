// React glue for the admin API: a client bound to the signed-in session (a 401 signs out), and a loader
// hook with loading / error / reload for the screens' tables.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createAdminClient, type AdminClient } from './admin-client';
import { clearAdminSession, useAdminSession } from './admin-session';

export function useAdminClient(): AdminClient {
  const session = useAdminSession();
  const token = session?.token ?? null;
  return useMemo(
    () => createAdminClient({ token, onSessionExpired: () => clearAdminSession({ expired: true }) }),
    [token],
  );
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

interface Answer<T> {
  key: string;
  request: string;
  data?: T;
  error?: unknown;
}

/** Runs `load` with the session's client whenever `key` changes (or on `reload`). Data of another key
 * is never shown; the previous data of the same key stays visible while reloading. */
export function useAdminData<T>(load: (client: AdminClient) => Promise<T>, key: string): Loaded<T> {
  const client = useAdminClient();
  const latest = useRef(load);
  useLayoutEffect(() => {
    latest.current = load;
  });
  const [round, setRound] = useState(0);
  const request = `${key}#${round}`;
  const [answer, setAnswer] = useState<Answer<T> | null>(null);
  useEffect(() => {
    let live = true;
    latest.current(client).then(
      (data) => live && setAnswer({ key, request, data }),
      (error: unknown) => live && setAnswer({ key, request, error }),
    );
    return () => {
      live = false;
    };
  }, [client, key, request]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const mine = answer?.key === key ? answer : null;
  const loading = mine?.request !== request;
  return { data: mine?.data, error: loading ? undefined : mine?.error, loading, reload };
}
