// What an administrator does to one account: reset its password (asked inline, then the holder must change
// it), disable or enable it, and end its sessions. Each answer is said next to the buttons.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, type AccountSummary } from '@/protocol/account-messages';
import { adminErrorMessage } from './admin-error';
import { useAdminSession } from './admin-session';
import { ConfirmButton } from './confirm-button';
import { useAdminClient } from './use-admin';

export function AccountActions({ account, onChanged }: { account: AccountSummary; onChanged: () => void }) {
  const { t } = useTranslation(['accounts', 'province', 'common']);
  const client = useAdminClient();
  const me = useAdminSession();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState('');
  const run = async (work: () => Promise<unknown>, done: string) => {
    setMessage('');
    try {
      await work();
      setMessage(done);
      onChanged();
    } catch (err) {
      setMessage(adminErrorMessage(err, t));
    }
  };
  const own = me?.username === account.username;
  return (
    <div className="account-actions">
      {resetting ? (
        <span role="group" aria-label={t('actions.resetFor', { name: account.username })}>
          <input
            aria-label={t('actions.newPassword', { name: account.username })}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              if (password.length < MIN_PASSWORD_LENGTH) {
                setMessage(t('password.tooShort', { count: MIN_PASSWORD_LENGTH }));
                return;
              }
              setResetting(false);
              void run(() => client.resetPassword(account.username, password), t('actions.resetDone'));
              setPassword('');
            }}
          >
            {t('actions.resetSave')}
          </button>
        </span>
      ) : (
        <button type="button" className="button" onClick={() => setResetting(true)}>
          {t('actions.reset')}
        </button>
      )}
      {!own &&
        (account.disabled ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              void run(() => client.setAccountDisabled(account.username, false), t('actions.enabled'))
            }
          >
            {t('actions.enable')}
          </button>
        ) : (
          <ConfirmButton
            label={t('actions.disable')}
            question={t('actions.disableQuestion', { name: account.username })}
            confirmLabel={t('actions.disable')}
            onConfirm={() =>
              run(() => client.setAccountDisabled(account.username, true), t('actions.disabled'))
            }
          />
        ))}
      {account.activeSessions > 0 && !own && (
        <button
          type="button"
          className="button"
          onClick={() => void run(() => client.endSessions(account.username), t('actions.sessionsEnded'))}
        >
          {t('actions.endSessions')}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
