// Creates a web account: username, first password (the holder must change it at first sign-in), role,
// and the commune of a commune official. Errors inline, in Vietnamese, next to their field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_ROLES, MIN_PASSWORD_LENGTH, type AccountRole } from '@/protocol/account-messages';
import { Field } from '@/ui/field';
import { adminErrorMessage } from './admin-error';
import type { CommuneSummary } from './commune-summary';
import { useAdminClient } from './use-admin';

const USERNAME = /^[a-z0-9._-]{3,60}$/;

export function AccountForm({ communes, onCreated }: { communes: CommuneSummary[]; onCreated: () => void }) {
  const { t } = useTranslation(['accounts', 'province', 'common']);
  const client = useAdminClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<AccountRole>('commune');
  const [communeId, setCommuneId] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Record<string, string> = {};
    const name = username.trim().toLowerCase();
    if (!USERNAME.test(name)) found.username = t('form.usernameRule');
    if (password.length < MIN_PASSWORD_LENGTH)
      found.password = t('password.tooShort', { count: MIN_PASSWORD_LENGTH });
    if (role === 'commune' && !communeId) found.commune = t('form.pickCommune');
    setErrors(found);
    setDone('');
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await client.createAccount({
        username: name,
        password,
        role,
        ...(role === 'commune' ? { communeId } : {}),
      });
      setDone(t('form.created', { name }));
      setUsername('');
      setPassword('');
      onCreated();
    } catch (err) {
      setErrors({ form: adminErrorMessage(err, t) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h3>{t('form.title')}</h3>
      <Field label={t('col.username')} error={errors.username} hint={t('form.usernameRule')}>
        <input
          autoComplete="off"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          maxLength={60}
        />
      </Field>
      <Field label={t('form.firstPassword')} error={errors.password} hint={t('form.firstPasswordHint')}>
        <input
          type="text"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </Field>
      <Field label={t('col.role')}>
        <select value={role} onChange={(e) => setRole(e.target.value as AccountRole)}>
          {ACCOUNT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      {role === 'commune' && (
        <Field label={t('col.commune')} error={errors.commune}>
          <select value={communeId} onChange={(e) => setCommuneId(e.target.value)}>
            <option value="">{t('province:pickOne')}</option>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {errors.form && (
        <p className="field__error" role="alert">
          {errors.form}
        </p>
      )}
      {done && <p role="status">{done}</p>}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('form.submit')}
      </button>
    </form>
  );
}
