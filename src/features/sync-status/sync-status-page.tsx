// Placeholder page of the sync-status feature (to be replaced by the feature itself).
import { useTranslation } from 'react-i18next';

export function SyncStatusPage() {
  const { t } = useTranslation();
  return <h1>{t('appName')}</h1>;
}
