// The province administration frame: title, who is signed in, sections, and plain words when offline.
// Signed out, every /province screen shows the sign-in form instead.
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import './province.css';
import { clearAdminSession, useAdminSession } from './admin-session';
import { SignInForm } from './sign-in-form';
import { useAdminClient } from './use-admin';
import { useOnline } from './use-online';

const SECTIONS = [
  { to: '/province', key: 'overview' },
  { to: '/province/units', key: 'units' },
  { to: '/province/catalogs', key: 'catalogs' },
  { to: '/province/team', key: 'team' },
  { to: '/province/codes', key: 'codes' },
  { to: '/province/devices', key: 'devices' },
  { to: '/province/recognitions', key: 'recognitions' },
] as const;

export function ProvincePage() {
  const { t } = useTranslation(['province', 'common']);
  const session = useAdminSession();
  const online = useOnline();
  const client = useAdminClient();
  const signOut = () => {
    // Forget the token here at once; telling the server is best effort (it expires anyway).
    client.logout().catch(() => undefined);
    clearAdminSession();
  };
  return (
    <div className="province">
      <header className="province__header">
        <h1>{t('title')}</h1>
        {session && (
          <p className="province__who">
            {t('signedInAs', { name: session.username })}{' '}
            <button type="button" className="button" onClick={signOut}>
              {t('signOut')}
            </button>
          </p>
        )}
      </header>
      {!online && (
        <p className="province__offline" role="status">
          {t('offline')}
        </p>
      )}
      {session ? (
        <>
          <nav className="province__nav" aria-label={t('sections')}>
            {SECTIONS.map((s) => (
              <NavLink key={s.to} to={s.to} end className="province__tab">
                {t(`section.${s.key}`)}
              </NavLink>
            ))}
          </nav>
          <Outlet />
        </>
      ) : (
        <SignInForm />
      )}
    </div>
  );
}
