// Other screens reached from settings (village profile, commune checklist, sync, enrolment, province
// administration) and the app version.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROTOCOL_VERSION } from '@/protocol/version';

const LINKS = [
  { to: '/village-profile', key: 'links.villageProfile' },
  { to: '/checklist/commune', key: 'links.communeChecklist' },
  { to: '/sync', key: 'links.sync' },
  { to: '/enrol', key: 'links.enrol' },
  { to: '/province', key: 'links.province' },
] as const;

/** Set at build time (VITE_APP_VERSION) by the release; the package version otherwise. */
export const APP_VERSION: string = import.meta.env.VITE_APP_VERSION ?? '0.1.0';

export function LinksSection() {
  const { t } = useTranslation('settings');
  return (
    <>
      <nav className="card" aria-labelledby="settings-links">
        <h2 id="settings-links">{t('links.title')}</h2>
        <ul className="list settings-links">
          {LINKS.map((l) => (
            <li key={l.to}>
              <Link to={l.to} className="button settings-link">
                {t(l.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="settings-version">
        {t('about.version', { version: APP_VERSION, protocol: PROTOCOL_VERSION })}
      </p>
    </>
  );
}
