// A record's mark in a list when its latest change is still on the phone: "Chưa gửi" (waiting to be sent)
// or "Bị từ chối" (refused by the province; the sync screen says why). Nothing when it has been sent.
import { useTranslation } from 'react-i18next';

export function UnsentMark({ state }: { state: 'pending' | 'rejected' | undefined }) {
  const { t } = useTranslation('common');
  if (!state) return null;
  return (
    <span className={`unsent-mark unsent-mark--${state}`}>
      {state === 'pending' ? t('unsent.pending') : t('unsent.rejected')}
    </span>
  );
}
