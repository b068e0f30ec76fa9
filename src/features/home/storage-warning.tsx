// Home's warning when the app has used more than 80 % of the space the browser allows it: said where the
// team looks every day, with the way out (send, or free space), before a photo or a change fails to save.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { nearlyFull, useStorageStatus } from '@/lib/storage-status';

export function StorageWarning() {
  const { t } = useTranslation('home');
  const { status } = useStorageStatus();
  if (!nearlyFull(status)) return null;
  return (
    <p className="card home-storage-warning" role="alert">
      {t('storage.nearlyFull')} <Link to="/more">{t('storage.open')}</Link>
    </p>
  );
}
