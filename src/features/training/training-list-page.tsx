// /training: the sessions of the chosen village (or any), newest first, with filters and search; after
// a save it says so, after a delete it offers an undo.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { restoreRecord } from '@/storage/record-writer';
import { writeContext } from '@/storage/session-store';
import { useSession } from '@/storage/use-session';
import { SampleBadge } from '@/ui/sample-badge';
import { UndoToast } from '@/ui/undo-toast';
import { TrainingFilters } from './training-filters';
import { navState, type TrainingNavState } from './training-nav';
import { TrainingResults } from './training-results';
import { TrainingStatus } from './training-status';
import { useTrainingFilter } from './use-training-filter';
import { useTrainingContext, type TrainingCatalogs } from './use-training-context';
import './training.css';

export function TrainingListPage() {
  const context = useTrainingContext();
  if (context.status !== 'ready') return <TrainingStatus status={context.status} />;
  return <TrainingList catalogs={context.catalogs} />;
}

function TrainingList({ catalogs }: { catalogs: TrainingCatalogs }) {
  const { t } = useTranslation(['training', 'common']);
  const { db, villageId } = useSession();
  const { filter, update, search } = useTrainingFilter(villageId);
  const location = useLocation();
  const navigate = useNavigate();
  // What the form reported is shown once; the history entry is then cleared so "back" does not repeat it.
  const [notice] = useState<TrainingNavState>(() => navState(location.state));
  const [undoId, setUndoId] = useState(notice.deletedId ?? null);
  useEffect(() => {
    if (location.state)
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [location, navigate]);
  const closeUndo = useCallback(() => setUndoId(null), []);
  const undo = async () => {
    const ctx = writeContext();
    if (undoId && ctx) await restoreRecord(db, 'trainingSessions', undoId, ctx);
    setUndoId(null);
  };

  return (
    <section>
      <div className="page-head">
        <h1>{t('title')}</h1>
        {catalogs.sample && <SampleBadge label={t('common:sample')} title={catalogs.sampleSource} />}
      </div>
      <Link
        to="/training/new"
        state={{ listSearch: search } satisfies TrainingNavState}
        className="button button--primary button--big"
      >
        {t('list.new')}
      </Link>
      {notice.saved && (
        <p role="status" className="notice">
          {t('list.saved')}
        </p>
      )}
      <TrainingFilters filter={filter} onChange={update} catalogs={catalogs} />
      <TrainingResults key={search} filter={filter} catalogs={catalogs} listSearch={search} />
      {undoId && (
        <UndoToast
          message={t('list.deleted')}
          actionLabel={t('common:undo')}
          onAction={() => void undo()}
          onClose={closeUndo}
        />
      )}
    </section>
  );
}
