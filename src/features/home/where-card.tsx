// "Where am I": the chosen village and the team member using the phone, each one tap from changing.
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCatalog, useSession } from '@/storage/use-session';
import { SampleBadge } from '@/ui/sample-badge';

export function WhereCard() {
  const { t } = useTranslation(['home', 'common']);
  const { db, memberId, villageId } = useSession();
  const adminUnits = useCatalog('adminUnits');
  const member = useLiveQuery(
    async () => (memberId ? await db.teamMembers.get(memberId) : undefined),
    [db, memberId],
  );
  const village = adminUnits?.data.villages.find((v) => v.id === villageId);
  const memberName = typeof member?.name === 'string' ? member.name : null;

  return (
    <section className="card home-where" aria-labelledby="home-where-title">
      <h2 id="home-where-title" className="visually-hidden">
        {t('where.title')}
      </h2>
      <div className="home-where__row">
        <div>
          <p className="home-where__label">{t('where.village')}</p>
          <p className="home-where__value">
            {village?.name ?? t('where.noVillage')}{' '}
            {adminUnits?.sample && <SampleBadge label={t('common:sample')} />}
          </p>
        </div>
        <Link to="/pick/village" className="button">
          {t('where.changeVillage')}
        </Link>
      </div>
      <div className="home-where__row">
        <div>
          <p className="home-where__label">{t('where.member')}</p>
          <p className="home-where__value">{memberName ?? t('where.noMember')}</p>
        </div>
        <Link to="/pick/member" className="button">
          {t('where.changeMember')}
        </Link>
      </div>
    </section>
  );
}
