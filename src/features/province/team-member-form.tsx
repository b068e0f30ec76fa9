// Adds a member to a commune's team: name, role and (optionally) the village they serve. A name already
// used by an active member of the commune is warned about and added only when confirmed.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES } from '@/domain/team-member';
import { Field } from '@/ui/field';
import { AdminApiError, adminErrorMessage } from './admin-error';
import type { CommuneSummary } from './commune-summary';
import { useAdminClient } from './use-admin';

type Role = (typeof TEAM_ROLES)[number];

export function TeamMemberForm({ commune, onAdded }: { commune: CommuneSummary; onAdded: () => void }) {
  const { t } = useTranslation(['province', 'common', 'accounts']);
  const client = useAdminClient();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [villageId, setVillageId] = useState('');
  const [nameError, setNameError] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [duplicate, setDuplicate] = useState('');

  async function submit(e: FormEvent, allowDuplicate = false) {
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
        allowDuplicate,
      });
      setName('');
      setDuplicate('');
      onAdded();
    } catch (err) {
      if (err instanceof AdminApiError && err.failure === 'duplicateName') setDuplicate(name.trim());
      else setError(adminErrorMessage(err, t));
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
      {duplicate && (
        <p className="field__error" role="alert">
          {t('accounts:team.duplicate', { name: duplicate })}{' '}
          <button type="button" className="button" onClick={(e) => void submit(e, true)}>
            {t('accounts:team.addAnyway')}
          </button>
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('team.addButton')}
      </button>
    </form>
  );
}
