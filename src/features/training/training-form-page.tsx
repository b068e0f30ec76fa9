// /training/new and /training/:id: the page around the training form (title, sample badge, loading,
// not found), shown only once a member, village and catalogs are there.
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { SampleBadge } from '@/ui/sample-badge';
import { TrainingForm } from './training-form';
import { listPath } from './training-nav';
import { TrainingStatus } from './training-status';
import { useFormSetup } from './use-form-setup';
import { useTrainingContext, type TrainingCatalogs } from './use-training-context';
import './training.css';

export function TrainingFormPage() {
  const { id } = useParams();
  const context = useTrainingContext();
  if (context.status !== 'ready') return <TrainingStatus status={context.status} />;
  return <TrainingFormLoader key={id ?? 'new'} id={id} catalogs={context.catalogs} />;
}

function TrainingFormLoader({ id, catalogs }: { id: string | undefined; catalogs: TrainingCatalogs }) {
  const { t } = useTranslation(['training', 'common']);
  const setup = useFormSetup(id, catalogs.topics);
  const backTo = listPath(useLocation().state);
  return (
    <section>
      <Link to={backTo} className="training-link">
        {`← ${t('common:back')}`}
      </Link>
      <div className="page-head">
        <h1>{id ? t('form.editTitle') : t('form.newTitle')}</h1>
        {catalogs.sample && <SampleBadge label={t('common:sample')} title={catalogs.sampleSource} />}
      </div>
      {setup.status === 'loading' && <p className="loading">{t('common:loading')}</p>}
      {setup.status === 'missing' && (
        <p>
          {t('form.notFound')}{' '}
          <Link to={backTo} className="training-link">
            {t('form.backToList')}
          </Link>
        </p>
      )}
      {setup.status === 'ready' && (
        <TrainingForm
          recordId={id}
          initial={setup.initial}
          original={setup.original}
          catalogs={catalogs}
          trainerMembers={setup.trainerMembers}
          carried={setup.carried}
        />
      )}
    </section>
  );
}
