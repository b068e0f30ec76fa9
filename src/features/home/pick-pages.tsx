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

/** One full-screen picker: a back link, a title, and the picker, which returns to `back` once chosen. */
function PickPage({
  titleKey,
  Picker,
}: {
  titleKey: string;
  Picker: typeof MemberPicker | typeof VillagePicker;
}) {
  const { t } = useTranslation(['home', 'common']);
  const back = useBack();
  const navigate = useNavigate();
  return (
    <section>
      <Link to={back}>{t('common:back')}</Link>
      <h1>{t(titleKey)}</h1>
      <Picker onPicked={() => void navigate(back)} />
    </section>
  );
}

export function PickMemberPage() {
  return <PickPage titleKey="pickMember.title" Picker={MemberPicker} />;
}

export function PickVillagePage() {
  return <PickPage titleKey="pickVillage.title" Picker={VillagePicker} />;
}
