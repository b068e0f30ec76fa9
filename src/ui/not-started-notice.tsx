// What a screen says on a phone that is neither enrolled nor in demo mode: nothing can be recorded yet,
// and Home is where to start (try the demo, or enrol) — not "choose on Home", which Home cannot offer then.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotStartedNotice({ title }: { title: string }) {
  const { t } = useTranslation('common');
  return (
    <section>
      <h1>{title}</h1>
      <p>{t('notStarted.message')}</p>
      <Link className="button button--primary" to="/">
        {t('notStarted.goHome')}
      </Link>
    </section>
  );
}
