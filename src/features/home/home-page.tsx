// Placeholder page of the home feature (to be replaced by the feature itself).
import { useTranslation } from 'react-i18next';

export function HomePage() {
  const { t } = useTranslation();
  return <h1>{t('appName')}</h1>;
}
