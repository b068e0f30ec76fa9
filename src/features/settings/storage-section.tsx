// Storage: whether the browser promises to keep this phone's data, a button to ask for that promise,
// and how much space the app uses of what it may use.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '@/lib/format';
import { readStorageStatus, requestPersistence, type StorageStatus } from './storage-status';

export function StorageSection() {
  const { t, i18n } = useTranslation('settings');
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [refused, setRefused] = useState(false);
  const refresh = useCallback(() => readStorageStatus().then(setStatus), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function ask() {
    const granted = await requestPersistence();
    setRefused(!granted);
    await refresh();
  }

  const lang = i18n.language;
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
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
