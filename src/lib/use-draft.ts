// Drafts saved as you type (debounced) and offered back after the app was killed, the phone locked or
// the app updated (issue: field app, item 9). Storage is passed in, so this hook stays free of the store.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface DraftStore<T> {
  load: () => Promise<{ value: T; savedAt: number } | undefined>;
  save: (value: T) => Promise<void>;
  clear: () => Promise<void>;
}

export function useDraft<T>(store: DraftStore<T>, value: T, { delayMs = 400, enabled = true } = {}) {
  const [offered, setOffered] = useState<{ value: T; savedAt: number } | null>(null);
  const [ready, setReady] = useState(false);
  const storeRef = useRef(store);
  useEffect(() => {
    storeRef.current = store;
  }, [store]);

  useEffect(() => {
    let cancelled = false;
    void storeRef.current.load().then((draft) => {
      if (cancelled) return;
      if (draft) setOffered(draft);
      setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    // Never overwrite a stored draft before the user has chosen to restore or discard it.
    if (!enabled || !ready || offered) return;
    const timer = setTimeout(() => void storeRef.current.save(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, enabled, ready, offered, delayMs]);

  const discard = useCallback(async () => {
    setOffered(null);
    await storeRef.current.clear();
  }, []);
  const accept = useCallback(() => {
    const draft = offered;
    setOffered(null);
    return draft?.value;
  }, [offered]);
  // After a save the stored draft is gone, so an offer still on screen would restore nothing: drop it too.
  const clear = useCallback(async () => {
    setOffered(null);
    await storeRef.current.clear();
  }, []);
  return { offered, accept, discard, clear };
}
