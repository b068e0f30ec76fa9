// One criterion of a village's checklist: status buttons (saved on tap), the measured numbers of a ratio
// criterion and a note (saved with a button), who assessed it and against which version, and the values
// sync overwrote. Writes go through `saveProgress` (one row per village + criterion).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, type Criteria, type Criterion } from '@/domain/catalog';
import type { ChecklistStatus } from '@/domain/checklist-progress';
import { isoDate } from '@/domain/dates';
import { formatDate } from '@/lib/format';
import type { WriteContext } from '@/storage/record-writer';
import { useSession } from '@/storage/use-session';
import { Field } from '@/ui/field';
import type { AuditEntry, CountValue, ProgressRow } from './checklist-queries';
import { ConflictList } from './conflict-list';
import { RatioFields } from './ratio-fields';
import { saveProgress, type ProgressEdit } from './save-progress';
import { StatusButtons } from './status-buttons';

export interface CriterionCardProps {
  villageId: string;
  criterion: Criterion;
  catalog: { version: string; counts: Criteria['counts'] };
  row: ProgressRow | undefined;
  counts: Map<string, CountValue>;
  audit: readonly AuditEntry[];
  assessorName: string | undefined;
  ctx: WriteContext | null;
}

const INLINE_FIELDS = ['numerator', 'denominator', 'note'];

interface Draft {
  numerator: number | null;
  denominator: number | null;
  note: string;
}

export function CriterionCard(props: CriterionCardProps) {
  const { villageId, criterion, catalog, row, counts, audit, assessorName, ctx } = props;
  const { t, i18n } = useTranslation(['checklist', 'common']);
  const db = useSession((s) => s.db);
  const headingId = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const shown: Draft = draft ?? {
    numerator: row?.numerator ?? null,
    denominator: row?.denominator ?? null,
    note: row?.note ?? '',
  };

  async function save(edit: ProgressEdit): Promise<boolean> {
    if (!ctx) return false;
    const result = await saveProgress(db, ctx, edit, {
      villageId,
      criterionCode: criterion.code,
      criteriaVersion: catalog.version,
      assessedBy: ctx.actor,
      assessedOn: isoDate(new Date()),
    });
    setErrors(result.ok ? {} : result.errors);
    setSaved(result.ok);
    return result.ok;
  }
  const saveStatus = (status: ChecklistStatus) => void save({ status });
  const saveDraft = async () => {
    if (draft && (await save(draft))) setDraft(null);
  };
  const edit = (next: Partial<Draft>) => {
    setSaved(false);
    setDraft({ ...shown, ...next });
  };
  const error = (field: string) => (errors[field] ? t(errors[field], { ns: 'common' }) : undefined);
  const otherError = Object.entries(errors).find(([field]) => !INLINE_FIELDS.includes(field))?.[1];

  return (
    <section className="card criterion" aria-labelledby={headingId}>
      <h3 id={headingId} className="criterion__name">
        {localName(criterion.name, i18n.language)}
      </h3>
      {row && (
        <p className="criterion__assessed">
          {t('assessed', { name: assessorName ?? row.assessedBy, date: formatDate(row.assessedOn) })}
          {row.criteriaVersion !== catalog.version && (
            <span className="criterion__version">{t('assessedUnder', { version: row.criteriaVersion })}</span>
          )}
        </p>
      )}
      <StatusButtons value={row?.status ?? 'not_started'} onChange={saveStatus} disabled={!ctx} />
      {criterion.kind === 'ratio' && (
        <RatioFields
          criterion={criterion}
          countNames={catalog.counts}
          counts={counts}
          values={shown}
          errors={errors}
          disabled={!ctx}
          onChange={(values) => edit(values)}
        />
      )}
      <Field label={t('note')} error={error('note')}>
        <textarea value={shown.note} maxLength={1000} onChange={(e) => edit({ note: e.target.value })} />
      </Field>
      {draft && (
        <button
          type="button"
          className="button button--primary"
          disabled={!ctx}
          onClick={() => void saveDraft()}
        >
          {t('saveCriterion')}
        </button>
      )}
      {otherError && (
        <p className="field__error" role="alert">
          {t(otherError, { ns: 'common' })}
        </p>
      )}
      <p className="criterion__saved" role="status">
        {saved ? t('saved') : ''}
      </p>
      <ConflictList entries={audit} />
    </section>
  );
}
