// Adds a member to a commune's team: name, role and (optionally) the village they serve.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES } from '@/domain/team-member';
import { Field } from '@/ui/field';
import { adminErrorMessage } from './admin-error';
import type { CommuneSummary } from './commune-summary';
import { useAdminClient } from './use-admin';

type Role = (typeof TEAM_ROLES)[number];

export function TeamMemberForm({ commune, onAdded }: { commune: CommuneSummary; onAdded: () => void }) {
  const { t } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [villageId, setVillageId] = useState('');
  const [nameError, setNameError] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setNameError(t('common:errors.required'));
      return;
    }
    setNameError('');
    setError('');
    setBusy(true);
    try {
      await client.createTeamMember({
        communeId: commune.id,
        villageId: villageId || null,
        name: name.trim(),
        role,
      });
      setName('');
      onAdded();
    } catch (err) {
      setError(adminErrorMessage(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h3>{t('team.add', { commune: commune.name })}</h3>
      <Field label={t('team.name')} error={nameError || undefined}>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} />
      </Field>
      <Field label={t('team.col.role')}>
        <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
          {TEAM_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`team.role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('team.col.village')}>
        <select value={villageId} onChange={(e) => setVillageId(e.target.value)}>
          <option value="">{t('team.wholeCommune')}</option>
          {commune.villages.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('team.addButton')}
      </button>
    </form>
  );
}
