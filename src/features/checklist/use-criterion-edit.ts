// The editing state of one criterion card: the unsaved numbers and note (kept as a draft in Dexie, so
// they survive the app being killed), inline errors, and the two saves — status on tap, the rest by button.
import { useMemo, useState } from 'react';
import type { Criterion } from '@/domain/catalog';
import { countCodesOf, ratioNumbers } from '@/domain/ratio';
import type { ChecklistStatus } from '@/domain/checklist-progress';
import { isoDate } from '@/domain/dates';
import { useDraft } from '@/lib/use-draft';
import { draftStore } from '@/storage/drafts';
import type { WriteContext } from '@/storage/record-writer';
import { useSession } from '@/storage/use-session';
import type { VillageCount } from '@/storage/village-counts';
import type { ProgressRow } from './checklist-queries';
import { progressErrors, saveProgress, type Assessment, type ProgressEdit } from './save-progress';

export interface CriterionDraft {
  numerator: number | null;
  denominator: number | null;
  note: string;
  photos: string[];
}

export interface CriterionEditArgs {
  villageId: string;
  criterion: Criterion;
  version: string;
  row: ProgressRow | undefined;
  /** The village counts (a count-backed ratio criterion shows and writes these). */
  counts: Map<string, VillageCount>;
  ctx: WriteContext | null;
}

export function useCriterionEdit({ villageId, criterion, version, row, counts, ctx }: CriterionEditArgs) {
  const db = useSession((s) => s.db);
  const [draft, setDraft] = useState<CriterionDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const store = useMemo(
    () => draftStore<CriterionDraft | null>(db, `checklist:${villageId}:${criterion.code}`),
    [db, villageId, criterion.code],
  );
  const kept = useDraft(store, draft, { enabled: draft !== null });
  const shown: CriterionDraft = draft ?? {
    ...ratioNumbers(criterion, row, (code) => counts.get(code)?.value),
    note: row?.note ?? '',
    photos: row?.photos ?? [],
  };
  const assessment = (actor: string): Assessment => ({
    villageId,
    criterionCode: criterion.code,
    criteriaVersion: version,
    assessedBy: actor,
    assessedOn: isoDate(new Date()),
  });

  async function save(edit: ProgressEdit): Promise<boolean> {
    if (!ctx) return false;
    const result = await saveProgress(db, ctx, edit, assessment(ctx.actor), countCodesOf(criterion));
    setErrors(result.ok ? {} : result.errors);
    setSaved(result.ok);
    return result.ok;
  }

  return {
    shown,
    dirty: draft !== null,
    errors,
    saved,
    offered: kept.offered,
    saveStatus: (status: ChecklistStatus) => void save({ status }),
    saveDraft: async () => {
      if (!draft || !(await save(draft))) return;
      setDraft(null);
      await kept.clear();
    },
    edit: (next: Partial<CriterionDraft>) => {
      const value = { ...shown, ...next };
      setSaved(false);
      setDraft(value);
      // Once errors show, they follow the typing, so a fixed field stops being red at once.
      if (ctx && Object.keys(errors).length > 0) setErrors(progressErrors(row, value, assessment(ctx.actor)));
    },
    restore: () => {
      const value = kept.accept();
      if (value) setDraft(value);
    },
    discard: () => void kept.discard(),
  };
}
