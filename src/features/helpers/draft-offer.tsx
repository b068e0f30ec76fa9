// The "unsaved draft found" notice with restore / discard, shown above a form that has a stored draft.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

export interface DraftOfferProps {
  savedAt: number;
  onRestore: () => void;
  onDiscard: () => void;
}

export function DraftOffer({ savedAt, onRestore, onDiscard }: DraftOfferProps) {
  const { t, i18n } = useTranslation('common');
  return (
    <div className="card" role="status">
      <p>{t('draft.found', { time: formatDateTime(savedAt, i18n.language) })}</p>
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
