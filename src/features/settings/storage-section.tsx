// Storage: whether the browser promises to keep this phone's data (and what that means), a button to ask
// for that promise, how much space the app uses of what it may use, and a warning past 80 %.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatNumber } from '@/lib/format';
import { nearlyFull, requestPersistence, usedRatio, useStorageStatus } from '@/lib/storage-status';

export function StorageSection() {
  const { t, i18n } = useTranslation('settings');
  const { status, refresh } = useStorageStatus();
  const [refused, setRefused] = useState(false);

  async function ask() {
    const granted = await requestPersistence();
    setRefused(!granted);
    await refresh();
  }

  const lang = i18n.language;
  const ratio = usedRatio(status);
  return (
    <section className="card" aria-labelledby="settings-storage">
      <h2 id="settings-storage">{t('storage.title')}</h2>
      {status && !status.supported && <p>{t('storage.unsupported')}</p>}
      {status?.supported && (
        <>
          <p>{status.persisted ? t('storage.persistent') : t('storage.notPersistent')}</p>
          {!status.persisted && (
            <button type="button" className="button" onClick={() => void ask()}>
              {t('storage.askPersist')}
            </button>
          )}
          {refused && !status.persisted && <p className="field__hint">{t('storage.refused')}</p>}
          {status.usage !== null && status.quota !== null && (
            <p>
              {t('storage.used', {
                used: formatBytes(status.usage, lang),
                quota: formatBytes(status.quota, lang),
                free: formatBytes(Math.max(0, status.quota - status.usage), lang),
                percent: formatNumber(Math.round((ratio ?? 0) * 100), lang),
              })}
            </p>
          )}
          {nearlyFull(status) && (
            <p className="settings-warning" role="alert">
              {t('storage.nearlyFull')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
