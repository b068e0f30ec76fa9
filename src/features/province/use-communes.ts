// The communes (with villages) every per-commune screen picks from, and a name lookup by id.
import { useMemo } from 'react';
import type { CommuneSummary } from './commune-summary';
import { useAdminData } from './use-admin';

export function useCommunes() {
  const loaded = useAdminData((c) => c.communes(), 'communes');
  const byId = useMemo(
    () => new Map<string, CommuneSummary>((loaded.data ?? []).map((c) => [c.id, c])),
    [loaded.data],
  );
  return { ...loaded, byId };
}
