// Placeholder page of the checklist feature (to be replaced by the feature itself).
import { useTranslation } from 'react-i18next';

export function ChecklistPage() {
  const { t } = useTranslation();
  return <h1>{t('appName')}</h1>;
}
