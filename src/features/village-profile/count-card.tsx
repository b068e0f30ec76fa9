// One count of the village profile: its name, value, the date it was counted and who last updated it
// when, with an edit action that opens the editor in place.
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '@/lib/format';
import type { VillageCount } from '@/storage/village-counts';
import { CountEditor } from './count-editor';

export interface CountCardProps {
  villageId: string;
  code: string;
  name: string;
  current: VillageCount | undefined;
  /** Name of the member who last updated it. */
  updatedByName: string | undefined;
  editing: boolean;
  onEdit: () => void;
  onClose: (saved: boolean) => void;
}

export function CountCard(props: CountCardProps) {
  const { villageId, code, name, current, updatedByName, editing, onEdit, onClose } = props;
  const { t, i18n } = useTranslation(['village-profile', 'common']);
  return (
    <li className="card">
      <div className="count-card__head">
        <div>
          {/* While editing, the stepper's label names the count. */}
          {!editing && <p className="count-card__name">{name}</p>}
          {current ? (
            <p className="count-card__value">{formatNumber(current.value, i18n.language)}</p>
          ) : (
            <p className="count-card__date">{t('notCounted')}</p>
          )}
          {current && (
            <p className="count-card__date">{t('countedOn', { date: formatDate(current.countedOn) })}</p>
          )}
          {current && (
            <p className="count-card__date">
              {t('updated', {
                time: formatDateTime(current.updatedAt, i18n.language),
                name: updatedByName ?? current.updatedBy ?? t('unknownAuthor'),
              })}
            </p>
          )}
        </div>
        {!editing && (
          <button type="button" className="button" aria-label={t('editCount', { name })} onClick={onEdit}>
            {t('edit', { ns: 'common' })}
          </button>
        )}
      </div>
      {editing && (
        <CountEditor
          villageId={villageId}
          code={code}
          name={name}
          current={current}
          onSaved={() => onClose(true)}
          onCancel={() => onClose(false)}
        />
      )}
    </li>
  );
}
