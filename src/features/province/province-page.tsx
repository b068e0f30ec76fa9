// Placeholder page of the province feature (to be replaced by the feature itself).
import { useTranslation } from 'react-i18next';

export function ProvincePage() {
  const { t } = useTranslation();
  return <h1>{t('appName')}</h1>;
}
