// Team members of one commune's community digital technology team: list, add (name, role, village),
// edit, deactivate and reactivate. Phones receive their commune's members on their next sync. A commune
// official's list of communes holds only their own, which is then picked for them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/ui/field';
import type { TeamMemberSummary } from './admin-client';
import { adminErrorMessage } from './admin-error';
import { ConfirmButton } from './confirm-button';
import { LoadState } from './load-state';
import { SortableTable, type Column } from './sortable-table';
import { TeamMemberEdit } from './team-member-edit';
import { TeamMemberForm } from './team-member-form';
import { useAdminClient, useAdminData } from './use-admin';
import { useCommunes } from './use-communes';
import { useRole } from './use-role';

export function TeamPage() {
  const { t } = useTranslation(['province', 'common']);
  const client = useAdminClient();
  const communes = useCommunes();
  const [chosen, setCommuneId] = useState('');
  const { canManage } = useRole();
  const only = communes.data?.length === 1 ? communes.data[0]?.id : undefined;
  const communeId = chosen || only || '';
  const members = useAdminData(
    (c) => (communeId ? c.teamMembers(communeId) : Promise.resolve([])),
    `team:${communeId}`,
  );
  const [error, setError] = useState('');
  const commune = communes.byId.get(communeId);
  const villageName = (id: string | null) =>
    id === null ? t('team.wholeCommune') : (commune?.villages.find((v) => v.id === id)?.name ?? id);

  const deactivate = async (m: TeamMemberSummary) => {
    setError('');
    try {
      await client.deactivateTeamMember(m.id);
      members.reload();
    } catch (err) {
      setError(adminErrorMessage(err, t));
    }
  };

  const columns: Column<TeamMemberSummary>[] = [
    { key: 'name', label: t('team.col.name'), value: (m) => m.name },
    { key: 'role', label: t('team.col.role'), value: (m) => t(`team.role.${m.role}`) },
    { key: 'village', label: t('team.col.village'), value: (m) => villageName(m.villageId) },
    // Status is words (active in green, stopped in grey); the action sits in its own column, so a row of
    // buttons never reads as "everyone stopped".
    {
      key: 'active',
      label: t('team.col.status'),
      value: (m) => (m.active ? 0 : 1),
      render: (m) => (
        <span className={m.active ? 'status status--active' : 'status status--inactive'}>
          {m.active ? t('team.active') : t('team.inactive')}
        </span>
      ),
    },
    {
      key: 'action',
      label: t('team.col.action'),
      value: (m) => (m.active ? 0 : 1),
      render: (m) =>
        canManage ? (
          <>
            {commune && <TeamMemberEdit member={m} commune={commune} onChanged={members.reload} />}
            {m.active && (
              <ConfirmButton
                label={t('team.deactivate')}
                question={t('team.deactivateQuestion', { name: m.name })}
                confirmLabel={t('team.deactivateConfirm')}
                onConfirm={() => deactivate(m)}
              />
            )}
          </>
        ) : null,
    },
  ];

  return (
    <section aria-labelledby="province-team">
      <h2 id="province-team">{t('team.title')}</h2>
      <LoadState loaded={communes} />
      <Field label={t('team.commune')}>
        <select value={communeId} onChange={(e) => setCommuneId(e.target.value)}>
          <option value="">{t('pickOne')}</option>
          {(communes.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      {commune && (
        <>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <LoadState loaded={members} />
          {members.data && (
            <SortableTable
              caption={t('team.listOf', { commune: commune.name })}
              columns={columns}
              rows={members.data}
              rowKey={(m) => m.id}
              empty={t('team.empty')}
            />
          )}
          {canManage && <TeamMemberForm commune={commune} onAdded={members.reload} />}
        </>
      )}
    </section>
  );
}
