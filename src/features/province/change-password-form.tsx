// The password change forced at first sign-in (and after a reset by an administrator): nothing else opens
// until it is done. The server refuses every other request of the session meanwhile.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '@/protocol/account-messages';
import { Field } from '@/ui/field';
import { PasswordInput } from '@/ui/password-input';
import { adminErrorMessage } from './admin-error';
import { currentAdminSession, saveAdminSession } from './admin-session';
import { useAdminClient } from './use-admin';

export function ChangePasswordForm() {
  const { t } = useTranslation(['accounts', 'province', 'common']);
  const client = useAdminClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ next?: string; repeat?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof errors = {};
    if (next.length < MIN_PASSWORD_LENGTH)
      found.next = t('password.tooShort', { count: MIN_PASSWORD_LENGTH });
    else if (next === current) found.next = t('password.same');
    if (repeat !== next) found.repeat = t('password.mismatch');
    if (!current) found.form = t('password.currentMissing');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await client.changePassword(current, next);
      const session = currentAdminSession();
      if (session) saveAdminSession({ ...session, mustChangePassword: false });
    } catch (err) {
      setErrors({ form: adminErrorMessage(err, t) });
      setBusy(false);
    }
  }

  return (
    <form className="card province-sign-in" onSubmit={submit} noValidate>
      <h2>{t('password.title')}</h2>
      <p>{t('password.why')}</p>
      <Field label={t('password.current')}>
        <PasswordInput autoComplete="current-password" value={current} onChange={setCurrent} />
      </Field>
      <Field
        label={t('password.new')}
        error={errors.next}
        hint={t('password.hint', { count: MIN_PASSWORD_LENGTH })}
      >
        <PasswordInput autoComplete="new-password" value={next} onChange={setNext} />
      </Field>
      <Field label={t('password.repeat')} error={errors.repeat}>
        <PasswordInput autoComplete="new-password" value={repeat} onChange={setRepeat} />
      </Field>
      {errors.form && (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      )}
      <button type="submit" className="button button--primary button--big" disabled={busy}>
        {t('password.submit')}
      </button>
    </form>
  );
}
