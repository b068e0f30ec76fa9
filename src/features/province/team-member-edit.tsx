// Edits one team member in place (name, village); a name already used in the commune is warned about
// and saved only when confirmed. Reactivates a member who had stopped.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamMemberSummary } from './admin-client';
import { AdminApiError, adminErrorMessage } from './admin-error';
import type { CommuneSummary } from './commune-summary';
import { useAdminClient } from './use-admin';

export function TeamMemberEdit({
  member,
  commune,
  onChanged,
}: {
  member: TeamMemberSummary;
  commune: CommuneSummary;
  onChanged: () => void;
}) {
  const { t } = useTranslation(['accounts', 'province', 'common']);
  const client = useAdminClient();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(member.name);
  const [villageId, setVillageId] = useState(member.villageId ?? '');
  const [duplicate, setDuplicate] = useState(false);
  const [error, setError] = useState('');

  const save = async (allowDuplicate: boolean) => {
    setError('');
    if (!name.trim()) {
      setError(t('common:errors.required'));
      return;
    }
    try {
      await client.editTeamMember(member.id, {
        name: name.trim(),
        villageId: villageId || null,
        allowDuplicate,
      });
      setOpen(false);
      setDuplicate(false);
      onChanged();
    } catch (err) {
      if (err instanceof AdminApiError && err.failure === 'duplicateName') setDuplicate(true);
      else setError(adminErrorMessage(err, t));
    }
  };
  const reactivate = async () => {
    try {
      await client.reactivateTeamMember(member.id);
      onChanged();
    } catch (err) {
      setError(adminErrorMessage(err, t));
    }
  };

  if (!member.active)
    return (
      <>
        <button type="button" className="button" onClick={() => void reactivate()}>
          {t('team.reactivate')}
        </button>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </>
    );
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('team.edit')}
      </button>
    );
  return (
    <span role="group" aria-label={t('team.editOf', { name: member.name })}>
      <input
        aria-label={t('province:team.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        maxLength={120}
      />
      <select
        aria-label={t('province:team.col.village')}
        value={villageId}
        onChange={(e) => setVillageId(e.target.value)}
      >
        <option value="">{t('province:team.wholeCommune')}</option>
        {commune.villages.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
      </select>
      {duplicate ? (
        <>
          <span role="alert">{t('team.duplicate', { name: name.trim() })}</span>
          <button type="button" className="button" onClick={() => void save(true)}>
            {t('team.saveAnyway')}
          </button>
        </>
      ) : (
        <button type="button" className="button button--primary" onClick={() => void save(false)}>
          {t('team.save')}
        </button>
      )}
      <button type="button" className="button" onClick={() => setOpen(false)}>
        {t('common:cancel')}
      </button>
      {error && (
        <span className="field__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
