// A destructive action asked twice: the first press shows the question, the second does it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm }: Props) {
  const { t } = useTranslation(['province', 'common']);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  // Keyboard and screen-reader users land on the question's answer, not back at the top of the page.
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" className="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        ref={confirm}
        type="button"
        className="button button--danger"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onConfirm().finally(() => {
            setBusy(false);
            setAsking(false);
          });
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t('common:cancel')}
      </button>
    </span>
  );
}
