// Home: where am I (village, member), the three daily actions, what did we do (today, this month) and
// is it safe (changes waiting, last sync). A phone with no enrolment is offered demo mode or enrolment;
// a phone with no member or village chosen is asked for them first.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '@/storage/use-session';
import { ActivitySummary } from './activity-summary';
import { DailyActions } from './daily-actions';
import { FirstRun } from './first-run';
import { MemberPicker } from './member-picker';
import { SafetyCard } from './safety-card';
import { StorageWarning } from './storage-warning';
import { VillagePicker } from './village-picker';
import { WhereCard } from './where-card';
import './home.css';

export function HomePage() {
  const { t } = useTranslation(['home', 'common']);
  const { mode, enrolment, communeId, memberId, villageId } = useSession();

  if (mode === 'real' && enrolment?.scope === 'province')
    return (
      <section>
        <h1>{t('province.title')}</h1>
        <p>{t('province.intro')}</p>
        <Link to="/province" className="button button--primary button--big">
          {t('province.open')}
        </Link>
      </section>
    );
  if (!communeId || (mode === 'real' && !enrolment)) return <FirstRun />;
  if (!memberId)
    return (
      <section>
        <h1>{t('pickMember.title')}</h1>
        <MemberPicker />
      </section>
    );
  if (!villageId)
    return (
      <section>
        <h1>{t('pickVillage.title')}</h1>
        <VillagePicker />
      </section>
    );

  return (
    <div className="home">
      <h1 className="visually-hidden">{t('title')}</h1>
      <StorageWarning />
      <WhereCard />
      <DailyActions />
      <ActivitySummary />
      <SafetyCard />
    </div>
  );
}
