// Placeholder page of the helpers feature (to be replaced by the feature itself).
import { useTranslation } from 'react-i18next';

export function HelpersPage() {
  const { t } = useTranslation();
  return <h1>{t('appName')}</h1>;
}
