// The province's decision on one pending Thôn số proposal: confirm (asked twice), or return it with a
// reason the commune will read on its phones (required: a Vietnamese error next to the field otherwise).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecideRequest } from '@/protocol/recognition-messages';
import { Field } from '@/ui/field';
import { ConfirmButton } from './confirm-button';

export interface RecognitionDecisionProps {
  villageName: string;
  onDecide: (req: DecideRequest) => Promise<void>;
}

export function RecognitionDecision({ villageName, onDecide }: RecognitionDecisionProps) {
  const { t } = useTranslation(['province', 'common']);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const sendReturn = async () => {
    if (!reason.trim()) {
      setError(t('errors.reasonRequired', { ns: 'common' }));
      return;
    }
    setBusy(true);
    try {
      await onDecide({ decision: 'returned', reason: reason.trim() });
    } finally {
      setBusy(false);
    }
  };

  if (returning)
    return (
      <div className="recognition-decision">
        <Field label={t('recognitions.reason')} error={error || undefined}>
          <textarea
            value={reason}
            maxLength={1000}
            onChange={(e) => {
              setReason(e.target.value);
              setError('');
            }}
          />
        </Field>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void sendReturn()}
        >
          {t('recognitions.sendReturn')}
        </button>
        <button type="button" className="button" onClick={() => setReturning(false)}>
          {t('common:cancel')}
        </button>
      </div>
    );
  return (
    <div className="recognition-decision">
      <ConfirmButton
        label={t('recognitions.confirm')}
        question={t('recognitions.confirmQuestion', { village: villageName })}
        confirmLabel={t('recognitions.confirmYes')}
        onConfirm={() => onDecide({ decision: 'confirmed' })}
      />
      <button type="button" className="button" onClick={() => setReturning(true)}>
        {t('recognitions.return')}
      </button>
    </div>
  );
}
