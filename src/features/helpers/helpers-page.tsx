// /helpers: the chosen village's Người bản số and its recent help activities, with the big "log help"
// action on top. After a save it confirms; after a delete it offers "Hoàn tác" (undo).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '@/storage/use-session';
import { UndoToast } from '@/ui/undo-toast';
import { ActivityList } from './activity-list';
import { HelperList } from './helper-list';
import { restoreActivity } from './helper-writes';
import { useChosenVillage } from './use-chosen-village';
import { VillageGate } from './village-gate';
import './helpers.css';

interface ReturnState {
  notice?: string;
  deletedActivityId?: string;
}

export function HelpersPage() {
  const { t } = useTranslation(['helpers', 'common']);
  const db = useSession((s) => s.db);
  const { villageId, village } = useChosenVillage();
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state ?? {}) as ReturnState;
  const [notice] = useState(state.notice ?? null);
  const [undoId, setUndoId] = useState(state.deletedActivityId ?? null);
  const [restored, setRestored] = useState(false);
  const closeUndo = useCallback(() => setUndoId(null), []);
  const hasState = location.state !== null && location.state !== undefined;
  useEffect(() => {
    // Consume the one-time notice: a reload must not show "saved" or offer undo again.
    if (hasState) void navigate(location.pathname, { replace: true, state: null });
  }, [hasState, navigate, location.pathname]);

  if (!villageId || village === null) return <VillageGate unknown={!!villageId} />;
  return (
    <section>
      <h1>{t('title')}</h1>
      {village && <p>{village.name}</p>}
      {notice && !undoId && <p role="status">{t(notice)}</p>}
      {restored && <p role="status">{t('activities.undoneDelete')}</p>}
      <Link className="button button--primary button--big" to="/helpers/log">
        {t('logHelp')}
      </Link>
      <ActivityList villageId={villageId} />
      <HelperList villageId={villageId} />
      {undoId && (
        <UndoToast
          message={t('log.deletedActivity')}
          actionLabel={t('undo', { ns: 'common' })}
          onAction={() => {
            setUndoId(null);
            void restoreActivity(db, undoId).then((failure) => setRestored(!failure));
          }}
          onClose={closeUndo}
        />
      )}
    </section>
  );
}
