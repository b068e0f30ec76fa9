// One criterion of a village's checklist: status buttons (saved on tap), the measured numbers of a ratio
// criterion and a note (saved with a button), who assessed it and against which version, and the values
// sync overwrote. Writes go through `saveProgress` (one row per village + criterion).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { localName, type Criteria, type Criterion } from '@/domain/catalog';
import { formatDate, formatDateTime } from '@/lib/format';
import { compressPhoto } from '@/lib/photo-compress';
import type { WriteContext } from '@/storage/record-writer';
import { usePhotoField } from '@/storage/use-photo-field';
import type { VillageCount } from '@/storage/village-counts';
import { PhotoField } from '@/ui/photo-field';
import type { AuditEntry, ProgressRow } from './checklist-queries';
import { ConflictList } from './conflict-list';
import { RatioFields } from './ratio-fields';
import { StatusButtons } from './status-buttons';
import { useCriterionEdit } from './use-criterion-edit';
import { NOTE_MAX } from '@/domain/record-base';
import { NoteField } from '@/ui/note-field';

export interface CriterionCardProps {
  villageId: string;
  criterion: Criterion;
  catalog: { version: string; counts: Criteria['counts'] };
  row: ProgressRow | undefined;
  counts: Map<string, VillageCount>;
  names: Map<string, string>;
  audit: readonly AuditEntry[];
  assessorName: string | undefined;
  ctx: WriteContext | null;
}

const INLINE_FIELDS = ['numerator', 'denominator', 'note', 'photos'];

export function CriterionCard(props: CriterionCardProps) {
  const { villageId, criterion, catalog, row, counts, names, audit, assessorName, ctx } = props;
  const { t, i18n } = useTranslation(['checklist', 'common']);
  const headingId = useId();
  const { shown, dirty, errors, saved, offered, saveStatus, saveDraft, edit, restore, discard } =
    useCriterionEdit({
      villageId,
      criterion,
      version: catalog.version,
      row,
      counts,
      ctx,
    });
  const photos = usePhotoField({
    value: shown.photos ?? [], // drafts kept before photos have none
    onChange: (list) => edit({ photos: list }),
    compress: compressPhoto,
  });
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
      {offered && (
        <div className="criterion__draft" role="status">
          <p>{t('draft.found', { ns: 'common', time: formatDateTime(offered.savedAt, i18n.language) })}</p>
          <button type="button" className="button" onClick={restore}>
            {t('draft.restore', { ns: 'common' })}
          </button>
          <button type="button" className="button" onClick={discard}>
            {t('draft.discard', { ns: 'common' })}
          </button>
        </div>
      )}
      <StatusButtons value={row?.status ?? 'not_started'} onChange={saveStatus} disabled={!ctx} />
      {criterion.kind === 'ratio' && (
        <RatioFields
          criterion={criterion}
          countNames={catalog.counts}
          counts={counts}
          names={names}
          villageId={villageId}
          values={shown}
          errors={errors}
          onChange={(values) => edit(values)}
        />
      )}
      <NoteField
        label={t('note')}
        value={shown.note}
        onChange={(note) => edit({ note })}
        max={NOTE_MAX}
        error={error('note')}
      />
      {/* Evidence belongs to a criterion marked đạt (or one that already has photos). */}
      {ctx && (row?.status === 'met' || photos.thumbs.length > 0) && (
        <PhotoField {...photos} error={photos.error ?? errors.photos ?? null} />
      )}
      {dirty && (
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
