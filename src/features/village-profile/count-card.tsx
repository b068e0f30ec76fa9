// One count of the village profile: its name, value and the date it was counted, with an edit action
// that opens the editor in place.
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/format';
import { CountEditor } from './count-editor';
import type { CountedValue } from './count-queries';

export interface CountCardProps {
  villageId: string;
  code: string;
  name: string;
  current: CountedValue | undefined;
  editing: boolean;
  onEdit: () => void;
  onClose: (saved: boolean) => void;
}

export function CountCard({ villageId, code, name, current, editing, onEdit, onClose }: CountCardProps) {
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
