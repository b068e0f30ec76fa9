// Who is using the phone and which village is chosen, with the way to change each (the pickers of home
// bring the user back here), and the commune the device is enrolled with.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog, useSession } from '@/storage/use-session';

export function WhoWhereSection() {
  const { t } = useTranslation('settings');
  const { db, mode, enrolment, memberId, villageId } = useSession();
  const adminUnits = useCatalog('adminUnits');
  const member = useLiveQuery(
    async () => (memberId ? await db.teamMembers.get(memberId) : undefined),
    [db, memberId],
  );
  const village = adminUnits?.data.villages.find((v) => v.id === villageId);
  const memberName = typeof member?.name === 'string' ? member.name : t('whoWhere.none');

  return (
    <section className="card" aria-labelledby="settings-who">
      <h2 id="settings-who">{t('whoWhere.title')}</h2>
      {mode === 'real' && (
        <p>
          {enrolment ? t('whoWhere.enrolled', { commune: enrolment.communeName }) : t('whoWhere.notEnrolled')}
        </p>
      )}
      <div className="settings-row">
        <p>
          {t('whoWhere.member')}: <strong>{memberName}</strong>
        </p>
        <Link className="button" to="/pick/member?back=/more">
          {t('whoWhere.changeMember')}
        </Link>
      </div>
      <div className="settings-row">
        <p>
          {t('whoWhere.village')}: <strong>{village?.name ?? t('whoWhere.none')}</strong>
        </p>
        <Link className="button" to="/pick/village?back=/more">
          {t('whoWhere.changeVillage')}
        </Link>
      </div>
    </section>
  );
}
