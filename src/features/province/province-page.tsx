// The province administration frame: title, who is signed in, sections, and plain words when offline.
// Signed out, every /province screen shows the sign-in form instead.
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import './province.css';
import { clearAdminSession, useAdminSession } from './admin-session';
import { SignInForm } from './sign-in-form';
import { useAdminClient } from './use-admin';
import { useOnline } from './use-online';

/** `period`: the scoreboard sections carry the chosen period from one to the other. */
const SECTIONS = [
  { to: '/province', key: 'overview', period: true },
  { to: '/province/contributions', key: 'contributions', period: true },
  { to: '/province/units', key: 'units' },
  { to: '/province/catalogs', key: 'catalogs' },
  { to: '/province/team', key: 'team' },
  { to: '/province/codes', key: 'codes' },
  { to: '/province/devices', key: 'devices' },
] as const;

export function ProvincePage() {
  const { t } = useTranslation(['province', 'common']);
  const session = useAdminSession();
  const online = useOnline();
  const client = useAdminClient();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const period = params.get('period');
  const carried = period ? `?${new URLSearchParams({ period }).toString()}` : '';
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
              <NavLink
                key={s.to}
                to={{ pathname: s.to, search: 'period' in s ? carried : '' }}
                end
                className={({ isActive }) =>
                  isActive || (s.to === '/province' && pathname.startsWith('/province/communes/'))
                    ? 'province__tab active'
                    : 'province__tab'
                }
              >
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
