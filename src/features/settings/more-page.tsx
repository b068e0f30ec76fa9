// Placeholder page of the settings feature (to be replaced by the feature itself).
import { useTranslation } from 'react-i18next';

export function MorePage() {
  const { t } = useTranslation();
  return <h1>{t('appName')}</h1>;
}
