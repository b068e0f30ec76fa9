// The province administration frame: title, who is signed in (role and commune), the sections the role
// may open, and plain words when offline. Signed out, every /province screen shows the sign-in form; an
// account that must change its password sees only that form.
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router';
import './province.css';
import type { AccountRole } from '@/protocol/account-messages';
import { clearAdminSession, useAdminSession } from './admin-session';
import { ChangePasswordForm } from './change-password-form';
import { SignedInAs } from './signed-in-as';
import { SignInForm } from './sign-in-form';
import { useAdminClient } from './use-admin';
import { useOnline } from '@/lib/use-online';

const ALL: AccountRole[] = ['admin', 'viewer', 'commune'];
/** Each section with the roles the server serves it to (the server refuses the others anyway);
 * `period`: the scoreboard sections carry the chosen period from one to the other. */
const SECTIONS = [
  { to: '/province', key: 'overview', roles: ALL, period: true },
  { to: '/province/contributions', key: 'contributions', roles: ALL, period: true },
  { to: '/province/units', key: 'units', roles: ['admin'] },
  { to: '/province/catalogs', key: 'catalogs', roles: ['admin'] },
  { to: '/province/team', key: 'team', roles: ALL },
  { to: '/province/codes', key: 'codes', roles: ['admin', 'commune'] },
  { to: '/province/devices', key: 'devices', roles: ALL },
  { to: '/province/recognitions', key: 'recognitions', roles: ALL },
  { to: '/province/accounts', key: 'accounts', roles: ['admin'] },
  { to: '/province/audit', key: 'audit', roles: ['admin'] },
  { to: '/province/backup', key: 'backup', roles: ['admin'] },
] as const satisfies { to: string; key: string; roles: AccountRole[]; period?: boolean }[];

export function ProvincePage() {
  const { t } = useTranslation(['province', 'accounts', 'common']);
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
        {session && <SignedInAs session={session} onSignOut={signOut} />}
      </header>
      {!online && (
        <p className="province__offline" role="status">
          {t('offline')}
        </p>
      )}
      {!session ? (
        <SignInForm />
      ) : session.mustChangePassword ? (
        <ChangePasswordForm />
      ) : (
        <>
          <nav className="province__nav" aria-label={t('sections')}>
            {SECTIONS.filter((s) =>
              (s.roles as readonly AccountRole[]).includes(session.role ?? 'admin'),
            ).map((s) => (
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
                {t(`section.${s.key}`, { ns: ['province', 'accounts'] })}
              </NavLink>
            ))}
          </nav>
          <Outlet />
        </>
      )}
    </div>
  );
}
