// Offers a waiting service-worker update; applying it is always the user's choice.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { pwaStore } from '@/lib/pwa';

export function UpdatePrompt() {
  const { t } = useTranslation();
  const { updateWaiting, applyUpdate } = useStore(pwaStore);
  const [dismissed, setDismissed] = useState(false);
  if (!updateWaiting || dismissed) return null;
  return (
    <div className="update-prompt" role="alertdialog" aria-labelledby="update-prompt-text">
      <p id="update-prompt-text">{t('update.available')}</p>
      <button type="button" className="button button--primary" onClick={applyUpdate}>
        {t('update.apply')}
      </button>
      <button type="button" className="button" onClick={() => setDismissed(true)}>
        {t('update.later')}
      </button>
    </div>
  );
}
