// "Đăng nhập: thu.bx (Cán bộ xã, Xã Bát Xát)": always visible, so nobody acts under the wrong account.
import { useTranslation } from 'react-i18next';
import type { AdminSession } from './admin-session';

export function SignedInAs({ session, onSignOut }: { session: AdminSession; onSignOut: () => void }) {
  const { t } = useTranslation(['accounts']);
  const role = t(`role.${session.role ?? 'admin'}`);
  const where = session.communeName ?? t('wholeProvince');
  return (
    <p className="province__who">
      <span>{t('signedInAs', { name: session.username, role, where })}</span>{' '}
      <button type="button" className="button" onClick={onSignOut}>
        {t('signOut')}
      </button>
    </p>
  );
}
