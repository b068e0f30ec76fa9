// The three statuses of a criterion as large segmented buttons: one tap sets and saves the status.
import { useTranslation } from 'react-i18next';
import { CHECKLIST_STATUSES, type ChecklistStatus } from '@/domain/checklist-progress';

export interface StatusButtonsProps {
  value: ChecklistStatus;
  onChange: (status: ChecklistStatus) => void;
  disabled?: boolean;
}

export function StatusButtons({ value, onChange, disabled = false }: StatusButtonsProps) {
  const { t } = useTranslation('checklist');
  return (
    <div className="segmented" role="group" aria-label={t('status.label')}>
      {CHECKLIST_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className={`segmented__option segmented__option--${status}`}
          aria-pressed={value === status}
          disabled={disabled}
          onClick={() => value !== status && onChange(status)}
        >
          {t(`status.${status}`)}
        </button>
      ))}
    </div>
  );
}
