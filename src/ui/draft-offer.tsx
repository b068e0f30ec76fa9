// "You have an unsaved draft from …": restore it or throw it away before typing over it. Shared by every
// form that keeps a draft (training, help activity).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

export function DraftOffer({
  savedAt,
  onRestore,
  onDiscard,
}: {
  savedAt: number;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  return (
    <div className="card draft-offer" role="group" aria-labelledby={id}>
      <p id={id}>{t('draft.found', { time: formatDateTime(savedAt, i18n.language) })}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onRestore}>
          {t('draft.restore')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('draft.discard')}
        </button>
      </div>
    </div>
  );
}
