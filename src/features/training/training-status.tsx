// The short message a training screen shows until it can work: pick a member and village on Home first,
// catalogs still loading, or no catalog installed yet.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotStartedNotice } from '@/ui/not-started-notice';
import type { TrainingContext } from './use-training-context';

export function TrainingStatus({ status }: { status: Exclude<TrainingContext['status'], 'ready'> }) {
  const { t } = useTranslation(['training', 'common']);
  if (status === 'notStarted') return <NotStartedNotice title={t('title')} />;
  return (
    <section>
      <h1>{t('title')}</h1>
      {status === 'loading' && <p className="loading">{t('common:loading')}</p>}
      {status === 'noCatalog' && <p>{t('noCatalog')}</p>}
      {status === 'choose' && (
        <p>
          {t('gate.message')}{' '}
          <Link to="/" className="training-link">
            {t('gate.link')}
          </Link>
        </p>
      )}
    </section>
  );
}
