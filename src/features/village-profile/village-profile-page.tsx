// Placeholder page of the village-profile feature (to be replaced by the feature itself).
import { useTranslation } from 'react-i18next';

export function VillageProfilePage() {
  const { t } = useTranslation();
  return <h1>{t('appName')}</h1>;
}
