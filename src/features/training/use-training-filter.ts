// The list's filters live in the URL (?v=&from=&to=&topic=&q=) so "back" from a session keeps them.
// With no village in the URL the chosen village is used (it stays chosen); "v=all" means every village.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { TrainingFilter } from './training-queries';

export const ALL_VILLAGES = 'all';
const PARAM = { villageId: 'v', from: 'from', to: 'to', topic: 'topic', query: 'q' } as const;
export type FilterPatch = { [K in keyof typeof PARAM]?: string | null };

export function useTrainingFilter(chosenVillage: string | null) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filter = useMemo((): TrainingFilter => {
    const p = new URLSearchParams(search);
    const v = p.get(PARAM.villageId);
    return {
      villageId: v === null ? chosenVillage : v === ALL_VILLAGES ? null : v,
      from: p.get(PARAM.from),
      to: p.get(PARAM.to),
      topic: p.get(PARAM.topic),
      query: p.get(PARAM.query),
    };
  }, [search, chosenVillage]);
  const update = useCallback(
    (patch: FilterPatch) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch) as [keyof typeof PARAM, string | null][]) {
            if (value) next.set(PARAM[key], value);
            else next.delete(PARAM[key]);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filter, update, search: search ? `?${search}` : '' };
}
