// Placeholder page of the training feature (to be replaced by the feature itself).
import { useTranslation } from 'react-i18next';

export function TrainingListPage() {
  const { t } = useTranslation();
  return <h1>{t('appName')}</h1>;
}
