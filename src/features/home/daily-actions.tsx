// The three daily actions as big buttons a thumb finds without looking twice.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const ACTIONS = [
  { to: '/training/new', icon: '✎', key: 'actions.logTraining' },
  { to: '/helpers/log', icon: '☺', key: 'actions.logHelp' },
  { to: '/checklist', icon: '✓', key: 'actions.scoreChecklist' },
] as const;

export function DailyActions() {
  const { t } = useTranslation('home');
  return (
    <nav className="home-actions" aria-label={t('actions.label')}>
      {ACTIONS.map((a) => (
        <Link key={a.to} to={a.to} className="button button--primary button--big">
          <span aria-hidden="true">{a.icon}</span> {t(a.key)}
        </Link>
      ))}
    </nav>
  );
}
