// The sync headline in words (sync:headline.*): one sentence that never contradicts the counts beside it.
// Failures the user must act on, and a queue stuck for a while, are alerts; the rest is a calm status.
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { SyncHeadline } from '@/sync/sync-headline';

export function SyncHeadlineText({ headline }: { headline: SyncHeadline }) {
  const { t, i18n } = useTranslation('sync');
  switch (headline.kind) {
    case 'needsUser':
    case 'retrying':
      return (
        <p className="field__error" role="alert">
          {t(`headline.${headline.kind}`, { reason: t(`reasons.${headline.failure}`) })}
        </p>
      );
    case 'stuck':
      return (
        <p className="field__error" role="alert">
          {t('headline.stuck', {
            reason: t(`reasons.${headline.failure}`),
            since: formatDateTime(headline.since, i18n.language),
          })}
        </p>
      );
    default:
      return <p role="status">{t(`headline.${headline.kind}`)}</p>;
  }
}
