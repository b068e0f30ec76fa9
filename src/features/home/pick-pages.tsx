// Full-screen pickers reached from home and settings (`?back=/more` returns there after choosing).
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { MemberPicker } from './member-picker';
import { VillagePicker } from './village-picker';

function useBack(): string {
  const [params] = useSearchParams();
  const back = params.get('back');
  // Only in-app paths: a crafted link must not send the user elsewhere.
  return back && back.startsWith('/') && !back.startsWith('//') ? back : '/';
}

export function PickMemberPage() {
  const { t } = useTranslation(['home', 'common']);
  const back = useBack();
  const navigate = useNavigate();
  return (
    <section>
      <Link to={back}>{t('common:back')}</Link>
      <h1>{t('pickMember.title')}</h1>
      <MemberPicker onPicked={() => void navigate(back)} />
    </section>
  );
}

export function PickVillagePage() {
  const { t } = useTranslation(['home', 'common']);
  const back = useBack();
  const navigate = useNavigate();
  return (
    <section>
      <Link to={back}>{t('common:back')}</Link>
      <h1>{t('pickVillage.title')}</h1>
      <VillagePicker onPicked={() => void navigate(back)} />
    </section>
  );
}
