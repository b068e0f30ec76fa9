// Sign-in of every web role (username + password) on one form; the token goes to sessionStorage only.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/field';
import { PasswordInput } from '@/ui/password-input';
import { createAdminClient } from './admin-client';
import { adminErrorMessage } from './admin-error';
import { saveAdminSession, takeExpiredNotice } from './admin-session';

export function SignInForm() {
  const { t } = useTranslation(['province', 'common']);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(() => (takeExpiredNotice() ? t('failure.sessionExpired') : ''));
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError(t('signIn.missing'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      const res = await createAdminClient().login(username.trim(), password);
      saveAdminSession(res);
    } catch (err) {
      setError(adminErrorMessage(err, t));
      setBusy(false);
    }
  }

  return (
    <form className="card province-sign-in" onSubmit={submit} noValidate>
      <h2>{t('signIn.title')}</h2>
      <Field label={t('signIn.username')}>
        <input autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      </Field>
      <Field label={t('signIn.password')}>
        <PasswordInput autoComplete="current-password" value={password} onChange={setPassword} />
      </Field>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {busy ? t('signIn.busy') : t('signIn.submit')}
      </button>
    </form>
  );
}
