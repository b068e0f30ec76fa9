// In demo mode: wipe what trainees typed and start again from the same samples (asks once to confirm).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function DemoReset({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation(['settings', 'common']);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function reset() {
    setBusy(true);
    try {
      const { resetDemo } = await import('@/storage/demo-seed');
      await resetDemo();
      onDone();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  }

  if (!confirming)
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {t('demo.reset')}
      </button>
    );
  return (
    <div role="group" aria-labelledby="demo-reset-question" className="settings-confirm">
      <p id="demo-reset-question">{t('demo.resetQuestion')}</p>
      <button type="button" className="button button--danger" onClick={() => void reset()} disabled={busy}>
        {t('demo.resetConfirm')}
      </button>
      <button type="button" className="button" onClick={() => setConfirming(false)} disabled={busy}>
        {t('common:cancel')}
      </button>
    </div>
  );
}
