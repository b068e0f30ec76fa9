// Shown instead of a screen that needs a chosen village when none is chosen (or it is not in the catalog).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@/storage/use-session';
import { NotStartedNotice } from '@/ui/not-started-notice';

export function VillageGate({ unknown = false }: { unknown?: boolean }) {
  const { t } = useTranslation('helpers');
  const communeId = useSession((s) => s.communeId);
  if (!communeId) return <NotStartedNotice title={t('title')} />;
  return (
    <section>
      <h1>{t('title')}</h1>
      <p>{unknown ? t('unknownVillage') : t('noVillage')}</p>
      <Link className="button button--primary" to="/">
        {t('goHome')}
      </Link>
    </section>
  );
}
