// What a province table shows before its data: "loading", or the failure in plain words with a retry.
import { useTranslation } from 'react-i18next';
import { adminErrorMessage } from './admin-error';
import type { Loaded } from './use-admin';

export function LoadState({ loaded }: { loaded: Loaded<unknown> }) {
  const { t } = useTranslation(['province', 'common']);
  if (loaded.error)
    return (
      <div className="field__error" role="alert">
        <p>{adminErrorMessage(loaded.error, t)}</p>
        <button type="button" className="button" onClick={loaded.reload}>
          {t('retry')}
        </button>
      </div>
    );
  if (loaded.loading && loaded.data === undefined) return <p className="loading">{t('common:loading')}</p>;
  return null;
}
